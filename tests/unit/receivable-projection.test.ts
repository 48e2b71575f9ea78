import { projectReceivable, type LedgerReceivable } from '../../src/domain/receivable/receivable-projection';

const invoice = (overrides: Partial<LedgerReceivable> = {}): LedgerReceivable => ({
  id: 'INV-1', applicationId: '6b1c9d0e-2f3a-4b5c-8d7e-9f0a1b2c3d4e', customerTaxId: '91310000ABC', currency: 'CNY', principalCents: 1_000_000,
  issuedOn: '2026-09-01', dueDate: '2026-10-01', dailyLateFeeRate: 0.001, status: 'OPEN', events: [], ...overrides,
});
const customer = { key: '91310000ABC', name: 'ABC Co' };
const rating = { tier: 'basic', colour: 'red', score: 55 } as const;

describe('a ledger receivable as the dashboard counts it', () => {
  it('when a payment also covers the late fee, then only what reached the principal reduces the open amount', () => {
    // 10 days late at 0.1 % a day on 10,000.00: a 100.00 fee is settled before the principal
    const row = projectReceivable(invoice({ events: [{ kind: 'payment', date: '2026-10-12', amountCents: 600_000, reference: 'P1' }] }), customer, rating, '2026-11-23');
    expect(row).toMatchObject({ amount: 10_000, openAmount: 4_100, paidAt: null, applicationId: '6b1c9d0e-2f3a-4b5c-8d7e-9f0a1b2c3d4e', tier: 'basic', colour: 'red', score: 55 });
  });

  it('when the principal is settled, then it is paid on that day; a payment after asOf is not known yet', () => {
    const events = [{ kind: 'payment' as const, date: '2026-09-30', amountCents: 1_000_000, reference: 'P1' }];
    expect(projectReceivable(invoice({ events }), customer, rating, '2026-11-23')).toMatchObject({ openAmount: 0, paidAt: '2026-09-30' });
    expect(projectReceivable(invoice({ events }), customer, rating, '2026-09-29')).toMatchObject({ openAmount: 10_000, paidAt: null });
  });

  it('when it was written off, then it is no longer open nor paid; without a due date it is not counted; a non-UUID case id is left out', () => {
    expect(projectReceivable(invoice({ status: 'WRITTEN_OFF' }), customer, rating, '2026-11-23')).toMatchObject({ openAmount: 0, paidAt: null });
    expect(projectReceivable(invoice({ dueDate: null }), customer, rating, '2026-11-23')).toBeUndefined();
    expect(projectReceivable(invoice({ applicationId: 'legacy-case' }), customer, rating, '2026-11-23')?.applicationId).toBeNull();
  });
});
