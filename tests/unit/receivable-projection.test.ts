import { dashboardAmounts, type LedgerPosition } from '../../src/domain/receivable/receivable-projection';

const invoice = (overrides: Partial<LedgerPosition> = {}): LedgerPosition => ({ principalCents: 1_000_000, dueDate: '2026-10-01', dailyLateFeeRate: 0.001, status: 'OPEN', events: [], ...overrides });

describe('a ledger receivable as the dashboard counts it', () => {
  it('when a payment also covers the late fee, then only what reached the principal reduces the open amount', () => {
    // 10 days late at 0.1 % a day on 10,000.00: a 100.00 fee is settled before the principal
    const row = dashboardAmounts(invoice({ events: [{ kind: 'payment', date: '2026-10-12', amountCents: 600_000, reference: 'P1' }] }), '2026-11-23');
    expect(row).toEqual({ amount: 10_000, openAmount: 4_100, dueAt: '2026-10-01', paidAt: null });
  });

  it('when the principal is settled, then it is paid on that day; a payment after asOf is not known yet', () => {
    const events = [{ kind: 'payment' as const, date: '2026-09-30', amountCents: 1_000_000, reference: 'P1' }];
    expect(dashboardAmounts(invoice({ events }), '2026-11-23')).toMatchObject({ openAmount: 0, paidAt: '2026-09-30' });
    expect(dashboardAmounts(invoice({ events }), '2026-09-29')).toMatchObject({ openAmount: 10_000, paidAt: null });
  });

  it('when it was written off, then it is no longer open nor paid; without a due date it is not counted', () => {
    expect(dashboardAmounts(invoice({ status: 'WRITTEN_OFF' }), '2026-11-23')).toMatchObject({ openAmount: 0, paidAt: null });
    expect(dashboardAmounts(invoice({ dueDate: null }), '2026-11-23')).toBeUndefined();
  });
});
