import { exposureOf, type LedgerReceivable } from '../../src/domain/monitoring/exposure';

const receivable = (over: Partial<LedgerReceivable>): LedgerReceivable => ({ principalCents: 10_000_000, issuedOn: '2026-10-01', dueDate: '2026-11-30', dailyLateFeeRate: 0, status: 'OPEN', events: [], ...over });
const asOf = '2026-11-23';

describe('exposure facts from the receivable ledger', () => {
  it('when one receivable is open in its term, then the open amount and the share of the term elapsed come from it', () => {
    const facts = exposureOf([receivable({ issuedOn: '2026-11-11', dueDate: '2027-01-10' })], asOf);
    expect(facts).toMatchObject({ openAmountCents: 10_000_000, daysOverdue: 0, termElapsedRatio: 0.2, collectionRate: null, turnoverDropRatio: 0, firstIssuedOn: '2026-11-11' });
  });
  it('when a receivable is 45 days overdue with a late fee, then its days overdue and the fee count', () => {
    const facts = exposureOf([receivable({ issuedOn: '2026-08-10', dueDate: '2026-10-09', dailyLateFeeRate: 0.0005 })], asOf);
    expect(facts.daysOverdue).toBe(45);
    expect(facts.openAmountCents).toBe(10_000_000 + 10_000_000 * 0.0005 * 45);
    expect(facts.collectionRate).toBe(0);
  });
  it('when 70 % of a fallen-due invoice was paid by its due date and the rest later, then the collection rate is 0.7', () => {
    const paid = receivable({
      issuedOn: '2026-03-01', dueDate: '2026-04-30', status: 'PAID',
      events: [{ kind: 'payment', date: '2026-04-30', amountCents: 7_000_000, reference: 'p1' }, { kind: 'payment', date: '2026-05-10', amountCents: 3_000_000, reference: 'p2' }],
    });
    expect(exposureOf([paid], asOf).collectionRate).toBeCloseTo(0.7, 10);
  });
  it('when an invoice fell due more than a year ago, then it is outside the collection window', () => {
    const old = receivable({ issuedOn: '2024-01-01', dueDate: '2024-03-01', status: 'PAID', events: [{ kind: 'payment', date: '2024-06-01', amountCents: 10_000_000, reference: 'late' }] });
    expect(exposureOf([old], asOf).collectionRate).toBeNull();
  });
  it('when the customer bought less in the last 90 days but paid as fast, then its receivable turnover did not drop', () => {
    // given 400,000 invoiced 150 days ago and paid on its due date, 300,000 invoiced 12 days ago and open in its term
    const before = receivable({ principalCents: 40_000_000, issuedOn: '2026-06-26', dueDate: '2026-08-25', status: 'PAID', events: [{ kind: 'payment', date: '2026-08-25', amountCents: 40_000_000, reference: 'p' }] });
    const now = receivable({ principalCents: 30_000_000, issuedOn: '2026-11-11', dueDate: '2027-01-10' });
    // then sales fell 25 %, but what is owed turns over no slower: no drop
    expect(exposureOf([before, now], asOf)).toMatchObject({ turnoverDropRatio: 0, collectionRate: 1, openAmountCents: 30_000_000 });
  });
  it('when the customer took 50 days to pay what it paid in 40 the quarter before, then its receivable turnover dropped exactly 20 %', () => {
    // given 6,000,000 invoiced on 1 June and paid on 11 July (owed at the end of 40 days) and the same invoiced on 1 September, paid on 21 October (50 days)
    const paidIn = (issuedOn: string, paidOn: string) => receivable({ principalCents: 600_000_000, issuedOn, dueDate: paidOn, status: 'PAID', events: [{ kind: 'payment', date: paidOn, amountCents: 600_000_000, reference: paidOn }] });
    // when the exposure is taken on 23 November (windows 28 May–25 August and 26 August–23 November)
    const facts = exposureOf([paidIn('2026-06-01', '2026-07-11'), paidIn('2026-09-01', '2026-10-21')], asOf);
    // then turnover fell from 1/40 to 1/50 a day: exactly the 20 % that restricts new business
    expect(facts.turnoverDropRatio).toBe(0.2);
    expect(facts.turnoverDropRatio >= 0.2).toBe(true);
  });
  it('when nothing is open, then the customer owes nothing and nothing is overdue', () => {
    expect(exposureOf([receivable({ status: 'PAID', events: [{ kind: 'payment', date: '2026-11-01', amountCents: 10_000_000, reference: 'p' }] })], asOf)).toMatchObject({ openAmountCents: 0, daysOverdue: 0, termElapsedRatio: 0 });
  });
});
