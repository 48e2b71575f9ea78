import type { Page } from 'playwright-core';
import { passwordOf } from '../support/local-passwords';
import { evaluatePolicyDecision } from '../../src/engine/decision-evaluation';
import { ReceivableRepository, type Receivable } from '../../src/db/receivable.repository';
import { registeredCustomer } from '../support/customers';
import { englishWordsIn } from '../support/untranslated';
import { startWebSystem, type WebSystem } from '../support/web-session';

const tiers = ['core', 'priority', 'basic'] as const;
const colourOf = (score: number) => (score >= 80 ? 'green' : score >= 60 ? 'yellow' : 'red');

/** Twenty invoices of eight customers issued in the first quarter of 2030, some paid, some overdue on 2030-04-15. */
function seededReceivables(): Receivable[] {
  return Array.from({ length: 20 }, (_, index) => {
    const customer = index % 8;
    const score = [92, 85, 74, 66, 58, 45, 81, 63][customer] as number;
    const issued = new Date(Date.UTC(2030, 0, 3 + index * 4));
    const due = new Date(issued.getTime() + (30 + (index % 3) * 15) * 86_400_000);
    const amount = 10_000 * (customer + 1) + index * 100;
    const paid = index % 5 === 0;
    return {
      receivableId: `DASH-E2E-${String(index).padStart(3, '0')}`,
      customerKey: `dash-customer-${customer}`,
      customerName: `Dashboard Customer ${customer} Co., Ltd.`,
      applicationId: null,
      tier: tiers[customer % 3] as Receivable['tier'],
      colour: colourOf(score),
      score,
      currency: 'CNY',
      amount,
      openAmount: paid ? 0 : index % 4 === 0 ? amount / 2 : amount,
      issuedAt: issued.toISOString().slice(0, 10),
      dueAt: due.toISOString().slice(0, 10),
      paidAt: paid ? due.toISOString().slice(0, 10) : null,
    };
  });
}

/** The dashboard filtered to the first quarter of 2030, aged on 15 April. */
async function openFirstQuarter(page: Page): Promise<void> {
  await page.goto('/dashboard');
  await page.getByTestId('kpi-receivables').waitFor();
  await page.getByTestId('filter-from').fill('2030-01-01');
  await page.getByTestId('filter-to').fill('2030-04-01');
  await page.getByTestId('filter-as-of').fill('2030-04-15');
  await page.getByTestId('apply').click();
}

describe('dashboard page (managers) in Chromium', () => {
  let web: WebSystem;
  const receivables = seededReceivables();
  beforeAll(async () => {
    web = await startWebSystem();
    await new ReceivableRepository(web.db).upsert(receivables);
    const customerId = await registeredCustomer(() => web.api(), { name: 'Dashboard Walk Trading Co., Ltd.', taxId: '91440300MA5DASH01X' });
    await web.api().post('/api/applications').auth('sales.li', passwordOf('sales.li')).send({ customerId, requestedLimit: 50_000 }).expect(201);
  });
  afterAll(async () => {
    await web.close();
  });

  it('when a manager filters the first quarter of 2030, then the measures match the invoices of that quarter, also per tier', async () => {
    // given what the seeded invoices say on 2030-04-15
    const asOf = Date.UTC(2030, 3, 15);
    const open = receivables.filter((r) => r.openAmount > 0);
    const openTotal = open.reduce((sum, r) => sum + r.openAmount, 0);
    const overdue = open.filter((r) => Date.parse(r.dueAt) < asOf).reduce((sum, r) => sum + r.openAmount, 0);
    const byCustomer = new Map<string, number>();
    for (const r of open) byCustomer.set(r.customerKey, (byCustomer.get(r.customerKey) ?? 0) + r.openAmount);
    const top5 = [...byCustomer.values()].sort((a, b) => b - a).slice(0, 5).reduce((sum, value) => sum + value, 0);
    let provision = 0;
    for (const r of open) provision += r.openAmount * (await evaluatePolicyDecision(web.engine, 'provision-rate', { score: r.score })).output.provisionRate;
    const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
    const money = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

    // when the credit manager opens the dashboard for that quarter
    const { page, errors } = await web.loginAs('manager.zhang');
    await openFirstQuarter(page);
    // then the measures are those of the seeded invoices
    await page.getByTestId('kpi-receivables').filter({ hasText: String(receivables.length) }).waitFor();
    expect(await page.getByTestId('kpi-open').textContent()).toContain(money.format(openTotal));
    expect(await page.getByTestId('kpi-overdue-ratio').textContent()).toContain(percent(overdue / openTotal));
    expect(await page.getByTestId('kpi-top5').textContent()).toContain(percent(top5 / openTotal));
    expect(await page.getByTestId('kpi-provisions').textContent()).toContain(money.format(provision));
    expect(await page.getByTestId('table-top-customers').locator('tbody tr').count()).toBe(5);
    expect(await page.getByTestId('table-aging').locator('tbody tr').count()).toBe(5);
    await web.screenshot(page, 'dashboard-first-quarter-2030');

    // when filtered to the core tier
    await page.getByTestId('filter-tier').selectOption('core');
    await page.getByTestId('apply').click();
    // then only core invoices count
    const core = receivables.filter((r) => r.tier === 'core');
    await page.getByTestId('kpi-receivables').filter({ hasText: new RegExp(`^${core.length}receivables`) }).waitFor();
    expect(await page.getByTestId('kpi-open').textContent()).toContain(money.format(core.reduce((sum, r) => sum + r.openAmount, 0)));

    // when filtered to red customers only
    await page.getByTestId('filter-tier').selectOption('');
    await page.getByTestId('filter-colour').selectOption('red');
    await page.getByTestId('apply').click();
    const red = receivables.filter((r) => r.colour === 'red');
    await page.getByTestId('kpi-receivables').filter({ hasText: new RegExp(`^${red.length}receivables`) }).waitFor();
    expect(errors).toEqual([]);
  });

  it('when a manager opens the first quarter of 2030 in zh-CN, then aging, the trend, the colours and the top-5 are drawn as charts labelled in Chinese, each with its table one click away', async () => {
    // given a Chinese browser
    const { page, errors } = await web.loginAs('manager.zhang', { locale: 'zh-CN' });
    // when the first quarter is applied
    await openFirstQuarter(page);
    await page.getByTestId('kpi-receivables').filter({ hasText: String(receivables.length) }).waitFor();
    const chartIds = ['aging', 'trend-aging', 'trend-measures', 'colours', 'top-customers'];
    for (const id of chartIds) await page.getByTestId(`canvas-${id}`).waitFor();
    // then every chart is drawn (its canvas has painted pixels) from the figures, its legend and labels in Chinese
    const charts = await page.evaluate((ids) => {
      type ChartLike = {
        data: { labels: string[]; datasets: Array<{ label: string; data: number[] }> };
        legend: { legendItems?: Array<{ text: string }> };
        options: { scales?: Record<string, { title?: { text?: string } }> };
      };
      const registry = (window as unknown as { dashboardCharts: Map<string, ChartLike> }).dashboardCharts;
      return ids.map((id) => {
        const chart = registry.get(id) as ChartLike;
        const canvas = document.querySelector(`[data-testid=canvas-${id}]`) as HTMLCanvasElement;
        const pixels = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
        let painted = 0;
        for (let index = 3; index < pixels.length; index += 4) if ((pixels[index] as number) > 0) painted += 1;
        return {
          id, painted, area: canvas.width * canvas.height, ariaLabel: canvas.getAttribute('aria-label'),
          labels: chart.data.labels.map(String), datasets: chart.data.datasets.map((set) => ({ label: set.label, data: set.data })),
          legend: (chart.legend.legendItems ?? []).map((item) => item.text),
          axisTitles: Object.values(chart.options.scales ?? {}).map((scale) => scale.title?.text).filter((text): text is string => Boolean(text)),
        };
      });
    }, chartIds);
    const han = /\p{Script=Han}/u;
    for (const chart of charts) {
      expect([chart.id, chart.painted > chart.area * 0.01]).toEqual([chart.id, true]);
      expect(chart.ariaLabel).toMatch(han);
      // the customers' names are theirs; every other label is the page's own
      const ownTexts = [...chart.legend, ...chart.axisTitles, ...chart.datasets.map((set) => set.label), ...(chart.id === 'top-customers' || chart.id.startsWith('trend') ? [] : chart.labels)];
      for (const text of ownTexts) expect([chart.id, text, englishWordsIn(text)]).toEqual([chart.id, expect.stringMatching(han), []]);
    }
    const byId = Object.fromEntries(charts.map((chart) => [chart.id, chart]));
    expect(byId.aging?.labels).toEqual(['未到期', '逾期 1–30 天', '逾期 31–60 天', '逾期 61–90 天', '逾期 90 天以上']);
    expect(byId['trend-aging']?.legend).toEqual(byId.aging?.labels);
    expect(byId['trend-measures']?.legend).toEqual(['逾期账款占比（%）', '应收账款周转天数 DSO（天）']);
    expect(byId.colours?.legend.sort()).toEqual(['红色', '绿色', '黄色'].sort());
    expect(byId['top-customers']?.labels).toHaveLength(6);
    // and the charts show the dashboard's own figures: the trend ends where the measures stand, the aging bars are the aging table
    const trend = (await web.api().get('/api/dashboard/trend?from=2030-01-01&to=2030-04-01&asOf=2030-04-15').auth('manager.zhang', passwordOf('manager.zhang')).expect(200)).body;
    expect(byId['trend-measures']?.labels).toEqual(trend.points.map((point: { day: string }) => point.day));
    expect(byId['trend-measures']?.labels.slice(-2)).toEqual(['2030-03-31', '2030-04-15']);
    const lastRatio = byId['trend-measures']?.datasets[0]?.data.slice(-1)[0] as number;
    expect(await page.getByTestId('kpi-overdue-ratio').textContent()).toContain(`${lastRatio.toFixed(1)} %`);
    const open = receivables.filter((r) => r.openAmount > 0);
    expect((byId.aging?.datasets[0]?.data as number[]).reduce((sum, value) => sum + value, 0)).toBe(open.reduce((sum, r) => sum + r.openAmount, 0));
    await web.screenshot(page, 'dashboard-zh-CN');

    // when the manager turns the aging panel to its table
    await page.getByTestId('view-table-aging').click();
    // then the table shows the same buckets in Chinese and the chart is put away
    await page.getByTestId('table-aging').waitFor();
    expect(await page.getByTestId('chart-aging').isHidden()).toBe(true);
    expect(await page.getByTestId('table-aging').locator('tbody tr td:first-child').allTextContents()).toEqual(byId.aging?.labels);
    expect(await page.getByTestId('view-table-aging').getAttribute('aria-pressed')).toBe('true');
    // and back to the chart
    await page.getByTestId('view-chart-aging').click();
    await page.getByTestId('chart-aging').waitFor();
    expect(await page.getByTestId('table-aging').isHidden()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('when a manager opens the default period, then this year\'s applications are shown; a role without the dashboard is refused', async () => {
    const { page, errors } = await web.loginAs('finance.chen');
    await page.goto('/dashboard');
    await page.getByTestId('table-applications').locator('tbody tr').filter({ hasText: 'OPEN' }).waitFor();
    await web.screenshot(page, 'dashboard-default-period');
    expect(errors).toEqual([]);
    const sales = await web.loginAs('sales.li');
    await sales.page.goto('/dashboard');
    await sales.page.getByTestId('error').filter({ hasText: '403' }).waitFor();
  });
});
