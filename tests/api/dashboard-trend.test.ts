import { login } from '../support/local-passwords';
import { ReceivableRepository, type Receivable } from '../../src/db/receivable.repository';
import { startTestSystem } from '../support/test-system';

const invoice = (id: string, fields: Pick<Receivable, 'amount' | 'openAmount' | 'issuedAt' | 'dueAt' | 'paidAt'> & Partial<Receivable>): Receivable => ({
  receivableId: `TREND-${id}`, customerKey: `trend-customer-${id}`, customerName: `Trend Customer ${id} Co., Ltd.`, applicationId: null,
  tier: 'core', colour: 'green', score: 88, currency: 'CNY', ...fields,
});

/** Three invoices of early 2032: one paid in March, one never paid, one issued in March and part-paid. */
const invoices = [
  invoice('A', { amount: 1_000, openAmount: 0, issuedAt: '2032-01-10', dueAt: '2032-02-09', paidAt: '2032-03-05' }),
  invoice('B', { amount: 2_000, openAmount: 2_000, issuedAt: '2032-02-01', dueAt: '2032-03-02', paidAt: null, tier: 'basic', colour: 'red', score: 41 }),
  invoice('C', { amount: 4_000, openAmount: 1_000, issuedAt: '2032-03-15', dueAt: '2032-04-14', paidAt: null }),
];

describe('dashboard trend: aging, overdue ratio and DSO at every month end', () => {
  let system: Awaited<ReturnType<typeof startTestSystem>>;
  const manager = login('manager.zhang');
  const period = 'from=2032-01-01&to=2032-04-16&asOf=2032-04-15';
  beforeAll(async () => {
    system = await startTestSystem();
    await new ReceivableRepository(system.db).upsert(invoices);
  });
  afterAll(async () => {
    await system.close();
  });

  it('when a manager asks for the monthly trend of early 2032, then each month end shows the book as it stood that day, and the last point is the dashboard\'s own figures', async () => {
    // when
    const { body } = await system.api().get(`/api/dashboard/trend?${period}`).auth(...manager).expect(200);
    // then one point per month end and the period's last known day
    expect(body.interval).toBe('month');
    expect(body.points.map((point: { day: string }) => point.day)).toEqual(['2032-01-31', '2032-02-29', '2032-03-31', '2032-04-15']);
    const [january, february, march, april] = body.points;
    // 31 January: only A, open (paid in March), not yet due
    expect(january).toMatchObject({ receivables: 1, amount: 1_000, openAmount: 1_000, overdueAmount: 0, overdueRatio: 0, dsoDays: 31 });
    // 29 February: A 20 days past due, B not yet due
    expect(february).toMatchObject({ receivables: 2, amount: 3_000, openAmount: 3_000, overdueAmount: 1_000, dsoDays: 60, aging: { current: 2_000, days1to30: 1_000, days31to60: 0, days61to90: 0, over90: 0 } });
    expect(february.overdueRatio).toBeCloseTo(1 / 3, 10);
    // 31 March: A paid, B 29 days past due, C open with what it owes today
    expect(march).toMatchObject({ receivables: 3, amount: 7_000, openAmount: 3_000, overdueAmount: 2_000, aging: { current: 1_000, days1to30: 2_000, days31to60: 0, days61to90: 0, over90: 0 } });
    expect(march.dsoDays).toBeCloseTo((3_000 / 7_000) * 91, 10);
    // 15 April: B 44 days, C one day past due
    expect(april).toMatchObject({ openAmount: 3_000, overdueAmount: 3_000, overdueRatio: 1, aging: { current: 0, days1to30: 1_000, days31to60: 2_000, days61to90: 0, over90: 0 } });
    const figures = (await system.api().get(`/api/dashboard?${period}`).auth(...manager).expect(200)).body;
    expect(april.aging).toEqual(figures.receivables.aging);
    expect(april.overdueRatio).toBeCloseTo(figures.measures.overdueRatio, 10);
    expect(april.dsoDays).toBeCloseTo(figures.measures.dsoDays, 10);
    // and the dashboard's figures name the colours of the open amount
    expect(figures.colours).toEqual([
      { colour: 'green', customers: 1, openAmount: 1_000, share: 1 / 3 },
      { colour: 'red', customers: 1, openAmount: 2_000, share: 2 / 3 },
    ]);
  });

  it('when the trend is filtered by tier or asked weekly, then only those invoices count, on every Sunday', async () => {
    const basic = (await system.api().get(`/api/dashboard/trend?${period}&tier=basic`).auth(...manager).expect(200)).body;
    expect(basic.points.map((point: { openAmount: number }) => point.openAmount)).toEqual([0, 2_000, 2_000, 2_000]);
    // weekly: invoice A counts from the Sunday after its issue on 10 January; the last point is asOf, when A is paid
    const weekly = (await system.api().get('/api/dashboard/trend?from=2032-01-01&to=2032-02-01&asOf=2032-04-15&interval=week').auth(...manager).expect(200)).body;
    expect(weekly.points.map((point: { day: string }) => point.day)).toEqual(['2032-01-04', '2032-01-11', '2032-01-18', '2032-01-25', '2032-04-15']);
    expect(weekly.points.map((point: { openAmount: number }) => point.openAmount)).toEqual([0, 1_000, 1_000, 1_000, 0]);
    // and a period that ends before asOf ends at asOf with the dashboard's own aging and overdue ratio
    const quarter = 'from=2032-01-01&to=2032-04-01&asOf=2032-04-15';
    const ended = (await system.api().get(`/api/dashboard/trend?${quarter}`).auth(...manager).expect(200)).body.points.slice(-2);
    const figures = (await system.api().get(`/api/dashboard?${quarter}`).auth(...manager).expect(200)).body;
    expect(ended.map((point: { day: string }) => point.day)).toEqual(['2032-03-31', '2032-04-15']);
    expect(ended[1].aging).toEqual(figures.receivables.aging);
    expect(ended[1].overdueRatio).toBeCloseTo(figures.measures.overdueRatio, 10);
    expect(ended[1].dsoDays).toBeCloseTo(figures.measures.dsoDays, 10);
  });

  it('when the query is not valid, then 400 names the field and nothing is measured', async () => {
    const bad = async (query: string) => (await system.api().get(`/api/dashboard/trend?${query}`).auth(...manager).expect(400)).body.errors;
    expect(await bad('interval=day')).toEqual([{ field: 'interval', message: expect.stringMatching(/month|week/) }]);
    expect(await bad('from=2032-04-01&to=2032-01-01')).toEqual([{ field: 'to', message: 'must be after from' }]);
    expect(await bad('from=2032-13-01')).toEqual([{ field: 'from', message: expect.any(String) }]);
    expect(await bad('period=2032')).toEqual([{ field: 'period', message: 'is not a known field' }]);
    expect(await bad('from=2000-01-01&to=2032-01-01&asOf=2032-01-01&interval=week')).toEqual([{ field: 'interval', message: expect.stringMatching(/^\d+ weeks in the period/) }]);
    // and a role without the dashboard is refused
    await system.api().get(`/api/dashboard/trend?${period}`).auth(...login('sales.li')).expect(403);
  });
});
