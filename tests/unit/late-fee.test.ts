import { feeChargedCents, lateFeePosting, settlementCents } from '../../src/domain/dunning/late-fee';
import { balanceOf } from '../../src/domain/dunning/receivable-ledger';

const terms = { principalCents: 1_000_000, dueDate: '2026-01-31', dailyLateFeeRate: 0.0005 }; // 10,000.00 at 0.05 %/day = 5.00 a day

describe('late fee posted per dunning stage, from the receivable ledger', () => {
  it('when the first stage posts 30 days after the due date, then its fee is the daily rate on the principal for 30 days', () => {
    expect(lateFeePosting(terms, [], '2026-03-02')).toEqual({ postedOn: '2026-03-02', feeAccruedThroughDay: 30, lateFeeCents: 15_000, lateFeesTotalCents: 15_000 });
  });

  it('when a later stage posts, then it carries only the fee since the previous posting and the total in all', () => {
    expect(lateFeePosting(terms, [], '2026-04-01', '2026-03-02')).toEqual({ postedOn: '2026-04-01', feeAccruedThroughDay: 60, lateFeeCents: 15_000, lateFeesTotalCents: 30_000 });
  });

  it('when a partial payment came between the stages, then the later fee runs on the smaller principal and the fee paid still counts as charged', () => {
    const events = [{ kind: 'payment' as const, date: '2026-03-12', amountCents: 420_000, reference: 'P1' }]; // settles 39 days of fee (19,500) first
    const posting = lateFeePosting(terms, events, '2026-04-01', '2026-03-02');
    // to 03-11: 39 days × 500 = 19,500; 03-12..04-01: 21 days on 599,500 × 0.05 % = 6,295
    expect(posting).toMatchObject({ lateFeesTotalCents: 19_500 + 6_295, lateFeeCents: 19_500 + 6_295 - 15_000, feeAccruedThroughDay: 60 });
    expect(feeChargedCents(terms, events, '2026-04-01')).toBe(posting.lateFeesTotalCents);
    expect(balanceOf(terms, events, '2026-04-01').feeCents).toBe(6_295);
  });

  it('when posted on or before the due date, then nothing is charged', () => {
    expect(lateFeePosting(terms, [], '2026-01-20')).toEqual({ postedOn: '2026-01-20', feeAccruedThroughDay: 0, lateFeeCents: 0, lateFeesTotalCents: 0 });
  });
});

describe('amount that settles a receivable on a day', () => {
  it('when paid on a day, then the settlement includes the fee up to the day before, and paying it leaves nothing and no overpayment', () => {
    const amount = settlementCents(terms, [], '2026-03-02');
    expect(amount).toBe(1_000_000 + 29 * 500);
    const balance = balanceOf(terms, [{ kind: 'payment', date: '2026-03-02', amountCents: amount, reference: 'P' }], '2026-03-02');
    expect(balance).toMatchObject({ totalCents: 0, overpaidCents: 0 });
  });

  it('when part was paid the same day, then the settlement is what is left', () => {
    const events = [{ kind: 'payment' as const, date: '2026-03-02', amountCents: 300_000, reference: 'P1' }];
    expect(settlementCents(terms, events, '2026-03-02')).toBe(1_000_000 + 29 * 500 - 300_000);
  });
});
