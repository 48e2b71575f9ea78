/// <reference lib="dom" />
import type { DashboardService } from '../../api/dashboard.service';
import { api, h, showError, showWhoAmI } from '../shared/api-client';
import './dashboard.css';

type Figures = Awaited<ReturnType<DashboardService['figures']>>;

const app = document.getElementById('app') as HTMLElement;
const error = h('p', { class: 'error', 'data-testid': 'error', hidden: true });
const inputs = {
  from: h('input', { type: 'date', 'data-testid': 'filter-from' }),
  to: h('input', { type: 'date', 'data-testid': 'filter-to' }),
  asOf: h('input', { type: 'date', 'data-testid': 'filter-as-of' }),
  tier: h('select', { 'data-testid': 'filter-tier' }, ...['', 'core', 'priority', 'basic'].map((value) => h('option', { value }, value || 'all tiers'))),
  colour: h('select', { 'data-testid': 'filter-colour' }, ...['', 'green', 'yellow', 'red'].map((value) => h('option', { value }, value || 'all colours'))),
};
const apply = h('button', { 'data-testid': 'apply' }, 'Apply');
const kpis = h('div', { class: 'kpis', 'data-testid': 'kpis' });
const tables = h('div', { class: 'tables' });
app.append(
  h('h1', {}, 'Credit dashboard'),
  error,
  h('fieldset', {}, h('legend', {}, 'Filter'),
    h('label', {}, 'issued / created from', inputs.from), h('label', {}, 'before', inputs.to), h('label', {}, 'aging as of', inputs.asOf),
    h('label', {}, 'tier', inputs.tier), h('label', {}, 'colour', inputs.colour), apply),
  kpis,
  tables,
);

const money = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

function kpi(id: string, name: string, value: string): HTMLElement {
  return h('div', { class: 'kpi', 'data-testid': `kpi-${id}` }, h('div', { class: 'value' }, value), h('div', { class: 'name' }, name));
}

function table(id: string, title: string, headers: string[], rows: Array<Array<string | Node>>): HTMLElement {
  return h('div', { class: 'panel', 'data-testid': `table-${id}` }, h('h3', {}, title),
    h('table', {}, h('thead', {}, h('tr', {}, ...headers.map((name) => h('th', {}, name)))),
      h('tbody', {}, ...(rows.length ? rows.map((cells) => h('tr', {}, ...cells.map((cell) => h('td', {}, cell)))) : [h('tr', {}, h('td', { colspan: headers.length }, 'no data'))]))));
}

function bar(value: number, max: number): HTMLElement {
  return h('span', { class: 'bar', style: `width:${max > 0 ? Math.round((value / max) * 160) : 0}px` });
}

function render(figures: Figures): void {
  const { receivables: r, measures: m } = figures;
  kpis.replaceChildren(
    kpi('receivables', 'receivables in period', money.format(r.receivables)),
    kpi('open', 'open amount', money.format(r.openAmount)),
    kpi('overdue-ratio', 'overdue ratio (target < 5 %)', percent(m.overdueRatio)),
    kpi('dso', 'DSO, days (target ≤ 55)', m.dsoDays.toFixed(1)),
    kpi('provisions', `provisions (policy v${figures.provisions.policyVersion})`, money.format(m.provisionTotal)),
    kpi('top5', 'top-5 customer share', percent(m.top5Share)),
    kpi('cycle', `approval cycle, median hours (${figures.approvalCycle.decided} decided)`, figures.approvalCycle.medianHours === null ? '–' : figures.approvalCycle.medianHours.toFixed(1)),
    kpi('hand-work', 'decisions taken by people', figures.handWork.decided ? percent(figures.handWork.share) : '–'),
  );
  const aging = [['not yet due', r.aging.current], ['1–30 days', r.aging.days1to30], ['31–60 days', r.aging.days31to60], ['61–90 days', r.aging.days61to90], ['> 90 days', r.aging.over90]] as const;
  const maxAging = Math.max(...aging.map(([, value]) => value));
  tables.replaceChildren(
    table('aging', 'Aging of the open amount', ['bucket', 'open amount', ''], aging.map(([name, value]) => [name, money.format(value), bar(value, maxAging)])),
    table('provisions', 'Provisions by rate (provision-rate decision)', ['scores', 'rate', 'open amount', 'provision'],
      figures.provisions.bands.map((band) => [`${band.scoreRange[0]}–${band.scoreRange[1]}`, percent(band.rate), money.format(band.openAmount), money.format(band.provision)])),
    table('top-customers', 'Top-5 customers by open amount', ['customer', 'open amount', 'share'], figures.topCustomers.map((c) => [c.customerName, money.format(c.openAmount), percent(c.share)])),
    table('applications', 'Applications by status', ['status', 'count'], figures.applications.map((a) => [a.status, String(a.count)])),
    table('sla', 'Review SLA per tier', ['tier', 'assessed', 'breached', 'compliance'], figures.slaByTier.map((t) => [t.tier, String(t.assessed), String(t.breached), percent(t.compliance)])),
    table('escalations', 'Review escalations per level', ['level', 'escalations'], figures.escalationsByLevel.map((e) => [e.level, String(e.count)])),
    table('collection', `Collection success per channel (payment within ${figures.collectionByChannel.responseDays} days of the contact)`, ['channel', 'contacts', 'followed by payment', 'success'],
      figures.collectionByChannel.channels.map((c) => [c.channel, String(c.contacts), String(c.followedByPayment), percent(c.successRate)])),
    table('decisions', 'Decisions evaluated by the engine', ['decision', 'version', 'evaluations', 'failures'], figures.decisions.map((d) => [d.decisionId, `v${d.decisionVersion}`, String(d.evaluations), String(d.failures)])),
  );
}

async function load(): Promise<void> {
  const query = new URLSearchParams();
  for (const [name, input] of Object.entries(inputs)) if (input.value) query.set(name, input.value);
  const figures = await api<Figures>(`/api/dashboard?${query}`);
  inputs.from.value = figures.filter.from;
  inputs.to.value = figures.filter.to;
  inputs.asOf.value = figures.filter.asOf;
  render(figures);
}

function guard(action: () => Promise<void>): () => void {
  return () => {
    error.hidden = true;
    action().catch((caught: unknown) => showError(error, caught));
  };
}

apply.addEventListener('click', guard(load));
guard(async () => {
  await showWhoAmI();
  await load();
})();
