import { balanceOf } from '../../src/domain/dunning/receivable-ledger';

const terms = { principalCents: 1_000_000, dueDate: '2026-01-31', dailyLateFeeRate: 0.0005 }; // 10,000.00 at 0.05 %/day

describe('receivable ledger: late fees and payment allocation', () => {
  it('when nothing is paid, then the fee is the daily rate on the principal for each day past due', () => {
    const balance = balanceOf(terms, [], '2026-03-02'); // 30 days overdue
    expect(balance).toMatchObject({ principalCents: 1_000_000, feeCents: 15_000, costsCents: 0, totalCents: 1_015_000, daysOverdue: 30 });
  });

  it('when paid on the due date, then no fee accrues', () => {
    const balance = balanceOf(terms, [{ kind: 'payment', date: '2026-01-31', amountCents: 1_000_000, reference: 'P1' }], '2026-04-30');
    expect(balance).toMatchObject({ totalCents: 0, feeCents: 0, daysOverdue: 0 });
  });

  it('when a partial payment arrives, then it settles costs, then the fee, then principal, and the fee after it runs on the smaller principal', () => {
    const balance = balanceOf(
      terms,
      [
        { kind: 'cost', date: '2026-03-02', amountCents: 5_000, reference: 'reminder letter' },
        { kind: 'payment', date: '2026-03-12', amountCents: 420_000, reference: 'P1' }, // fee to 03-11: 39 days → 19,500
        { kind: 'payment', date: '2026-04-11', amountCents: 100_000, reference: 'P2' },
      ],
      '2026-04-11',
    );
    const [cost, first, second] = balance.lines;
    expect(cost).toMatchObject({ feeAccruedCents: 14_500, costsCents: 5_000 }); // 29 days to 03-01
    expect(first).toMatchObject({ feeAccruedCents: 5_000, appliedToCosts: 5_000, appliedToFee: 19_500, appliedToPrincipal: 395_500, principalCents: 604_500, feeCents: 0 });
    // 30 days (03-12..04-10) on 604,500 at 0.05 % = 9,067.5 → 9,068
    expect(second).toMatchObject({ feeAccruedCents: 9_068, appliedToFee: 9_068, appliedToPrincipal: 90_932, principalCents: 513_568, feeCents: 0 });
    // and the fee for 04-11 itself runs on what is left: 513,568 × 0.05 % = 256.8 → 257
    expect(balance).toMatchObject({ principalCents: 513_568, feeCents: 257, totalCents: 513_825 });
  });

  it('when the final payment covers everything, then the balance is zero and any excess is reported as overpaid', () => {
    const balance = balanceOf(terms, [{ kind: 'payment', date: '2026-02-10', amountCents: 1_010_000, reference: 'P1' }], '2026-02-20');
    // 9 days to 02-09: 4,500 fee; 1,004,500 due; 5,500 over
    expect(balance).toMatchObject({ totalCents: 0, overpaidCents: 5_500, daysOverdue: 0 });
  });

  it('when amounts are not whole positive cents, then they are refused', () => {
    expect(() => balanceOf(terms, [{ kind: 'payment', date: '2026-02-01', amountCents: 10.5, reference: 'P' }], '2026-02-02')).toThrow(RangeError);
    expect(() => balanceOf({ ...terms, principalCents: -1 }, [], '2026-02-02')).toThrow(RangeError);
  });
});
