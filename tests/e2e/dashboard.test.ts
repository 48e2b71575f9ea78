import { passwordOf } from '../support/local-passwords';
import { evaluatePolicyDecision } from '../../src/engine/decision-evaluation';
import { ReceivableRepository, type Receivable } from '../../src/db/receivable.repository';
import { registeredCustomer } from '../support/customers';
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
    await page.goto('/dashboard');
    await page.getByTestId('kpi-receivables').waitFor();
    await page.getByTestId('filter-from').fill('2030-01-01');
    await page.getByTestId('filter-to').fill('2030-04-01');
    await page.getByTestId('filter-as-of').fill('2030-04-15');
    await page.getByTestId('apply').click();
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
