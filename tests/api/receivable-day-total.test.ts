import { DashboardRepository, receivableDayTotalTable, type DashboardFilter } from '../../src/db/dashboard.repository';
import { createKnex } from '../../src/db/knex';
import { ReceivableRepository, receivableTable, type Receivable } from '../../src/db/receivable.repository';

const filter: DashboardFilter = { from: '2031-01-01', to: '2031-07-01', asOf: '2031-06-15' };

function invoice(index: number, overrides: Partial<Receivable> = {}): Receivable {
  const issued = new Date(Date.UTC(2031, 0, 1 + index * 7));
  return {
    receivableId: `DAY-TOTAL-${index}`, customerKey: `c${index % 3}`, customerName: `Customer ${index % 3}`, applicationId: null,
    tier: (['core', 'priority', 'basic'] as const)[index % 3] as Receivable['tier'], colour: index % 2 ? 'green' : 'red', score: index % 2 ? 85 : 50,
    currency: 'CNY', amount: 1000 + index, openAmount: 1000 + index, issuedAt: issued.toISOString().slice(0, 10),
    dueAt: new Date(issued.getTime() + 45 * 86_400_000).toISOString().slice(0, 10), paidAt: null, ...overrides,
  };
}

describe('the receivable day totals maintained by triggers', () => {
  const db = createKnex(process.env.DATABASE_URL as string);
  const dashboard = new DashboardRepository(db);
  const receivables = new ReceivableRepository(db);
  afterAll(async () => {
    await db.destroy();
  });

  async function expectExact() {
    for (const narrowed of [filter, { ...filter, tier: 'core' as const }, { ...filter, colour: 'green' as const }]) {
      expect(await dashboard.receivableTotals(narrowed, 'day-totals')).toEqual(await dashboard.receivableTotals(narrowed, 'invoices'));
    }
  }

  it('when invoices are inserted, paid in part through the idempotent upsert, moved and deleted, then the day totals always equal the invoices', async () => {
    // when twenty invoices arrive in one statement
    await receivables.upsert(Array.from({ length: 20 }, (_, index) => invoice(index)));
    const totals = await dashboard.receivableTotals(filter);
    expect(totals.receivables).toBe(20);
    await expectExact();
    // when some are paid in part and one changes tier and due day (the upsert updates them)
    await receivables.upsert([invoice(1, { openAmount: 1 }), invoice(2, { openAmount: 0, paidAt: '2031-03-01' }), invoice(3, { tier: 'core', dueAt: '2031-06-30' })]);
    await expectExact();
    expect((await dashboard.receivableTotals(filter)).openAmount).toBe(totals.openAmount - (1001 - 1) - 1002);
    // when the same upsert is delivered again, nothing changes
    await receivables.upsert([invoice(1, { openAmount: 1 })]);
    await expectExact();
    // when invoices are deleted (counted against the totals before: other suites' invoices, projected from the ledger, may share the period)
    const countedFromPeriod = async () => Number((await db(receivableDayTotalTable).where('issued_at', '>=', filter.from).sum({ n: 'receivables' }))[0]?.n);
    const beforeDeletion = await countedFromPeriod();
    await db(receivableTable).where('receivable_id', 'like', 'DAY-TOTAL-1%').delete();
    await expectExact();
    expect(await countedFromPeriod()).toBe(beforeDeletion - 11);
  });
});
