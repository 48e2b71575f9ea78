/// <reference lib="dom" />
import type { ChartConfiguration } from 'chart.js';
import type { DashboardService } from '../../api/dashboard.service';
import { api, data, h, showError, showWhoAmI } from '../shared/api-client';
import { applyFrame, numberLocale, pageTranslator, shellText } from '../shared/page-language';
import { agingColours, chartPanel, colourOf } from './dashboard-charts';
import { dashboardMessages, type DashboardKey } from './dashboard.messages';
import './dashboard.css';

type Figures = Awaited<ReturnType<DashboardService['figures']>>;
type Trend = Awaited<ReturnType<DashboardService['trend']>>;

applyFrame('nav.dashboard');
const t = pageTranslator(dashboardMessages);
/** An enumeration's value in the page's language (a value the catalogue does not know is shown as it is). */
const named = (prefix: string, value: string): string | HTMLElement => {
  const key = `${prefix}.${value}`;
  return key in dashboardMessages.en ? t(key as DashboardKey) : data(value);
};

const app = document.getElementById('app') as HTMLElement;
const error = h('p', { class: 'error', 'data-testid': 'error', hidden: true, translate: 'no' });
const inputs = {
  from: h('input', { type: 'date', 'data-testid': 'filter-from' }),
  to: h('input', { type: 'date', 'data-testid': 'filter-to' }),
  asOf: h('input', { type: 'date', 'data-testid': 'filter-as-of' }),
  tier: h('select', { 'data-testid': 'filter-tier' }, ...['', 'core', 'priority', 'basic'].map((value) => h('option', { value }, value ? t(`tier.${value}` as DashboardKey) : t('filter.allTiers')))),
  colour: h('select', { 'data-testid': 'filter-colour' }, ...['', 'green', 'yellow', 'red'].map((value) => h('option', { value }, value ? t(`colour.${value}` as DashboardKey) : t('filter.allColours')))),
};
const apply = h('button', { 'data-testid': 'apply' }, t('apply'));
const kpis = h('div', { class: 'kpis', 'data-testid': 'kpis' });
const charts = h('div', { class: 'tables', 'data-testid': 'charts' });
const tables = h('div', { class: 'tables' });
app.append(
  h('h1', {}, t('title')),
  error,
  h('fieldset', {}, h('legend', {}, t('filter')),
    h('label', {}, t('filter.from'), inputs.from), h('label', {}, t('filter.to'), inputs.to), h('label', {}, t('filter.asOf'), inputs.asOf),
    h('label', {}, t('filter.tier'), inputs.tier), h('label', {}, t('filter.colour'), inputs.colour), apply),
  kpis,
  charts,
  tables,
);

const money = new Intl.NumberFormat(numberLocale, { maximumFractionDigits: 0 });
const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
const views = { chart: t('view.chart'), table: t('view.table') };

function kpi(id: string, name: string, value: string): HTMLElement {
  return h('div', { class: 'kpi', 'data-testid': `kpi-${id}` }, h('div', { class: 'value' }, value), h('div', { class: 'name' }, name));
}

type Cell = string | Node;
function tableOf(headers: string[], rows: Cell[][]): HTMLTableElement {
  return h('table', {}, h('thead', {}, h('tr', {}, ...headers.map((name) => h('th', {}, name)))),
    h('tbody', {}, ...(rows.length ? rows.map((cells) => h('tr', {}, ...cells.map((cell) => h('td', {}, cell)))) : [h('tr', {}, h('td', { colspan: headers.length }, shellText('no-data')))])));
}

function tablePanel(id: string, title: string, headers: string[], rows: Cell[][]): HTMLElement {
  return h('div', { class: 'panel', 'data-testid': `table-${id}` }, h('h3', {}, title), tableOf(headers, rows));
}

const agingBuckets = ['current', 'days1to30', 'days31to60', 'days61to90', 'over90'] as const;
const moneyAxis = { beginAtZero: true, ticks: { callback: (value: string | number) => money.format(Number(value)) } };

function agingPanel(aging: Figures['receivables']['aging']): HTMLElement {
  const labels = agingBuckets.map((bucket) => t(`aging.${bucket}`));
  const values = agingBuckets.map((bucket) => aging[bucket]);
  const config: ChartConfiguration = {
    type: 'bar',
    data: { labels, datasets: [{ label: t('column.openAmount'), data: values, backgroundColor: [...agingColours] }] },
    options: { plugins: { legend: { display: false } }, scales: { y: moneyAxis } },
  };
  return chartPanel('aging', { title: t('aging.title'), ...views }, config, tableOf([t('aging.bucket'), t('column.openAmount')], labels.map((label, index) => [label, money.format(values[index] as number)])));
}

function trendPanels(trend: Trend): HTMLElement[] {
  const days = trend.points.map((point) => point.day);
  const agingConfig: ChartConfiguration = {
    type: 'bar',
    data: { labels: days, datasets: agingBuckets.map((bucket, index) => ({ label: t(`aging.${bucket}`), data: trend.points.map((point) => point.aging[bucket]), backgroundColor: agingColours[index], stack: 'aging' })) },
    options: { scales: { x: { stacked: true }, y: { ...moneyAxis, stacked: true } } },
  };
  const measuresConfig: ChartConfiguration = {
    type: 'line',
    data: {
      labels: days,
      datasets: [
        { label: t('trend.overdueRatio'), data: trend.points.map((point) => Math.round(point.overdueRatio * 1000) / 10), borderColor: colourOf.red, backgroundColor: colourOf.red, yAxisID: 'ratio' },
        { label: t('trend.dso'), data: trend.points.map((point) => Math.round(point.dsoDays * 10) / 10), borderColor: '#1d3557', backgroundColor: '#1d3557', yAxisID: 'dso' },
      ],
    },
    options: {
      scales: {
        ratio: { type: 'linear', position: 'left', beginAtZero: true, title: { display: true, text: t('trend.overdueRatio') } },
        dso: { type: 'linear', position: 'right', beginAtZero: true, grid: { drawOnChartArea: false }, title: { display: true, text: t('trend.dso') } },
      },
    },
  };
  return [
    chartPanel('trend-aging', { title: t('trendAging.title'), ...views }, agingConfig,
      tableOf([t('column.day'), ...agingBuckets.map((bucket) => t(`aging.${bucket}`))], trend.points.map((point) => [point.day, ...agingBuckets.map((bucket) => money.format(point.aging[bucket]))]))),
    chartPanel('trend-measures', { title: t('trendMeasures.title'), ...views }, measuresConfig,
      tableOf([t('column.day'), t('column.openAmount'), t('trend.overdueAmount'), t('trend.overdueRatio'), t('trend.dso')],
        trend.points.map((point) => [point.day, money.format(point.openAmount), money.format(point.overdueAmount), percent(point.overdueRatio), point.dsoDays.toFixed(1)]))),
  ];
}

function coloursPanel(colours: Figures['colours']): HTMLElement {
  const config: ChartConfiguration = {
    type: 'doughnut',
    data: {
      labels: colours.map((entry) => t(`colour.${entry.colour}` as DashboardKey)),
      datasets: [{ label: t('column.openAmount'), data: colours.map((entry) => entry.openAmount), backgroundColor: colours.map((entry) => colourOf[entry.colour as keyof typeof colourOf] ?? '#888') }],
    },
    options: { plugins: { legend: { position: 'right' } } },
  };
  return chartPanel('colours', { title: t('colours.title'), ...views }, config,
    tableOf([t('colours.colour'), t('colours.customers'), t('column.openAmount'), t('column.share')], colours.map((entry) => [named('colour', entry.colour), String(entry.customers), money.format(entry.openAmount), percent(entry.share)])));
}

function topPanel(figures: Figures): HTMLElement {
  const top = figures.topCustomers;
  const others = Math.max(0, 1 - top.reduce((sum, customer) => sum + customer.share, 0));
  const config: ChartConfiguration = {
    type: 'bar',
    data: {
      labels: [...top.map((customer) => customer.customerName), t('top.others')],
      datasets: [{ label: t('column.share'), data: [...top.map((customer) => customer.share * 100), others * 100], backgroundColor: [...top.map(() => '#457b9d'), '#b0bec5'] }],
    },
    options: { indexAxis: 'y', plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true, max: 100, title: { display: true, text: `${t('column.share')} (%)` } } } },
  };
  return chartPanel('top-customers', { title: t('top.title'), ...views }, config,
    tableOf([t('top.customer'), t('column.openAmount'), t('column.share')], top.map((c) => [data(c.customerName), money.format(c.openAmount), percent(c.share)])));
}

function render(figures: Figures, trend: Trend): void {
  const { receivables: r, measures: m } = figures;
  kpis.replaceChildren(
    kpi('receivables', t('kpi.receivables'), money.format(r.receivables)),
    kpi('open', t('kpi.open'), money.format(r.openAmount)),
    kpi('overdue-ratio', t('kpi.overdueRatio'), percent(m.overdueRatio)),
    kpi('dso', t('kpi.dso'), m.dsoDays.toFixed(1)),
    kpi('provisions', t('kpi.provisions', { version: figures.provisions.policyVersion }), money.format(m.provisionTotal)),
    kpi('top5', t('kpi.top5'), percent(m.top5Share)),
    kpi('cycle', t('kpi.cycle', { decided: figures.approvalCycle.decided }), figures.approvalCycle.medianHours === null ? '–' : figures.approvalCycle.medianHours.toFixed(1)),
    kpi('hand-work', t('kpi.handWork'), figures.handWork.decided ? percent(figures.handWork.share) : '–'),
  );
  charts.replaceChildren(agingPanel(r.aging), ...trendPanels(trend), coloursPanel(figures.colours), topPanel(figures));
  tables.replaceChildren(
    tablePanel('provisions', t('provisions.title'), [t('provisions.scores'), t('provisions.rate'), t('column.openAmount'), t('provisions.provision')],
      figures.provisions.bands.map((band) => [`${band.scoreRange[0]}–${band.scoreRange[1]}`, percent(band.rate), money.format(band.openAmount), money.format(band.provision)])),
    tablePanel('applications', t('applications.title'), [t('applications.status'), t('applications.count')], figures.applications.map((a) => [named('status', a.status), String(a.count)])),
    tablePanel('sla', t('sla.title'), [t('sla.tier'), t('sla.assessed'), t('sla.breached'), t('sla.compliance')],
      figures.slaByTier.map((tier) => [named('tier', tier.tier), String(tier.assessed), String(tier.breached), percent(tier.compliance)])),
    tablePanel('escalations', t('escalations.title'), [t('escalations.level'), t('escalations.count')], figures.escalationsByLevel.map((e) => [named('level', e.level), String(e.count)])),
    tablePanel('collection', t('collection.title', { days: figures.collectionByChannel.responseDays }), [t('collection.channel'), t('collection.contacts'), t('collection.followed'), t('collection.success')],
      figures.collectionByChannel.channels.map((c) => [named('channel', c.channel), String(c.contacts), String(c.followedByPayment), percent(c.successRate)])),
    tablePanel('decisions', t('decisions.title'), [t('decisions.decision'), t('decisions.version'), t('decisions.evaluations'), t('decisions.failures')],
      figures.decisions.map((d) => [data(d.decisionId), `v${d.decisionVersion}`, String(d.evaluations), String(d.failures)])),
  );
}

async function load(): Promise<void> {
  const query = new URLSearchParams();
  for (const [name, input] of Object.entries(inputs)) if (input.value) query.set(name, input.value);
  const [figures, trend] = await Promise.all([api<Figures>(`/api/dashboard?${query}`), api<Trend>(`/api/dashboard/trend?${query}`)]);
  inputs.from.value = figures.filter.from;
  inputs.to.value = figures.filter.to;
  inputs.asOf.value = figures.filter.asOf;
  render(figures, trend);
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
