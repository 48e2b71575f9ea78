import { paymentHistoryFacts, type HistoricReceivable } from '../../src/domain/customers/payment-history';

const receivable = (overrides: Partial<HistoricReceivable>): HistoricReceivable => ({
  principalCents: 10_000_000, currency: 'CNY', issuedOn: '2026-01-05', dueDate: '2026-03-05', dailyLateFeeRate: 0.0005, events: [], ...overrides,
});
const payment = (date: string, amountCents: number, reference: string) => ({ kind: 'payment' as const, date, amountCents, reference });

describe('a customer\'s payment history from the receivable ledger', () => {
  it('when the ledger holds nothing, then there is no history, no cooperation and no volume', () => {
    expect(paymentHistoryFacts([], '2026-11-23')).toEqual({ hasPaymentHistory: false, collectionRate: 0, yearsOfCooperation: 0, annualVolume: 0 });
  });

  it('when receivables have not fallen due yet, then there is no payment history but cooperation and volume count', () => {
    const facts = paymentHistoryFacts([receivable({ issuedOn: '2026-10-23', dueDate: '2026-12-23' }), receivable({ issuedOn: '2026-11-20', dueDate: null, principalCents: 500_000 })], '2026-11-23');
    expect(facts).toEqual({ hasPaymentHistory: false, collectionRate: 0, yearsOfCooperation: 0.08, annualVolume: 105_000 });
  });

  it('when receivables fell due, then the collection rate is the principal their payments settled (costs and fees first) of the principal due', () => {
    const facts = paymentHistoryFacts([
      // paid in full before the due date
      receivable({ issuedOn: '2022-11-23', dueDate: '2023-01-20', events: [payment('2023-01-10', 10_000_000, 'P1')] }),
      // 40,000.00 due, a 2,000.00 cost booked, 22,000.00 paid: 20,000.00 reach the principal
      receivable({ issuedOn: '2026-08-01', dueDate: '2026-09-30', principalCents: 4_000_000, dailyLateFeeRate: 0, events: [{ kind: 'cost', date: '2026-10-02', amountCents: 200_000, reference: 'C1' }, payment('2026-10-03', 2_200_000, 'P2')] }),
      // a payment after asOf is not known yet
      receivable({ issuedOn: '2026-09-01', dueDate: '2026-10-31', principalCents: 1_000_000, events: [payment('2026-11-30', 1_000_000, 'P3')] }),
    ], '2026-11-23');
    expect(facts.hasPaymentHistory).toBe(true);
    expect(facts.collectionRate).toBeCloseTo((100_000 + 20_000) / (100_000 + 40_000 + 10_000), 10);
    expect(facts.yearsOfCooperation).toBe(4);
  });

  it('when invoices are older than a year or in another currency, then the annual volume leaves them out', () => {
    const facts = paymentHistoryFacts([
      receivable({ issuedOn: '2025-11-23', principalCents: 1_000_000 }),
      receivable({ issuedOn: '2025-11-24', principalCents: 2_000_000 }),
      receivable({ issuedOn: '2026-06-01', principalCents: 4_000_000, currency: 'EUR' }),
      receivable({ issuedOn: '2026-11-24', principalCents: 8_000_000 }),
    ], '2026-11-23');
    expect(facts.annualVolume).toBe(20_000);
  });
});
