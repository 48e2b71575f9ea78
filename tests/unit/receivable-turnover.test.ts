import { principalCentDays, turnoverDropRatio } from '../../src/domain/monitoring/receivable-turnover';

const day = (isoDate: string) => Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000);

describe('receivable turnover drop, exactly', () => {
  it('when turnover goes from 6,000,000 to 4,800,000 on the same average balance, then the drop is 20 % and reaches the threshold', () => {
    // given the same cent-days owed in both windows
    const owed = 600_000_000 * 40;
    // when 6,000,000.00 was invoiced before and 4,800,000.00 now
    const drop = turnoverDropRatio({ invoicedCents: 600_000_000, balanceCentDays: owed }, { invoicedCents: 480_000_000, balanceCentDays: owed });
    // then the drop is 0.2 exactly (1 - 4.8/6 in floating point is 0.19999999999999996)
    expect(1 - 480_000_000 / 600_000_000).toBeLessThan(0.2);
    expect(drop).toBe(0.2);
    expect(drop >= 0.2).toBe(true);
  });

  it('when turnover falls one cent short of 20 %, then the drop stays below the threshold', () => {
    const owed = 600_000_000 * 40;
    const drop = turnoverDropRatio({ invoicedCents: 600_000_000, balanceCentDays: owed }, { invoicedCents: 480_000_001, balanceCentDays: owed });
    expect(drop).toBe(0.1999);
    expect(drop >= 0.2).toBe(false);
  });

  it('when drops around 20 % are taken in every combination of a few sizes, then "≥ 0.2" agrees with integer arithmetic every time', () => {
    const disagreements: string[] = [];
    for (const beforeCents of [1, 3, 7, 600_000_000, 123_456_789, 99_999_999_999]) {
      for (const owedBefore of [1, 7, 2_400_000_000, 987_654_321_123]) {
        for (const owedNow of [1, 3, 2_400_000_000, 987_654_321_123]) {
          // the invoiced amount now for which the turnover ratio is 4/5, and its neighbours
          const exact = Math.floor((4 * beforeCents * owedNow) / (5 * owedBefore));
          for (const nowCents of [exact - 1, exact, exact + 1].filter((cents) => cents >= 0 && Number.isSafeInteger(cents))) {
            const reached = turnoverDropRatio({ invoicedCents: beforeCents, balanceCentDays: owedBefore }, { invoicedCents: nowCents, balanceCentDays: owedNow }) >= 0.2;
            // drop ≥ 1/5  ⇔  5·(Sb·Bn − Sn·Bb) ≥ Sb·Bn
            const truth = 5n * (BigInt(beforeCents) * BigInt(owedNow) - BigInt(nowCents) * BigInt(owedBefore)) >= BigInt(beforeCents) * BigInt(owedNow);
            if (reached !== truth) disagreements.push(`${beforeCents}/${owedBefore} → ${nowCents}/${owedNow}`);
          }
        }
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('when there is nothing to compare with, or the turnover rose, then there is no drop; invoicing nothing while owing is a full drop', () => {
    expect(turnoverDropRatio({ invoicedCents: 0, balanceCentDays: 0 }, { invoicedCents: 100, balanceCentDays: 100 })).toBe(0);
    expect(turnoverDropRatio({ invoicedCents: 100, balanceCentDays: 0 }, { invoicedCents: 100, balanceCentDays: 100 })).toBe(0);
    expect(turnoverDropRatio({ invoicedCents: 100, balanceCentDays: 100 }, { invoicedCents: 0, balanceCentDays: 0 })).toBe(0);
    expect(turnoverDropRatio({ invoicedCents: 100, balanceCentDays: 100 }, { invoicedCents: 200, balanceCentDays: 100 })).toBe(0);
    expect(turnoverDropRatio({ invoicedCents: 100, balanceCentDays: 100 }, { invoicedCents: 0, balanceCentDays: 50 })).toBe(1);
    expect(() => turnoverDropRatio({ invoicedCents: 1.5, balanceCentDays: 1 }, { invoicedCents: 1, balanceCentDays: 1 })).toThrow(RangeError);
  });
});

describe('principal owed per day', () => {
  const terms = { principalCents: 1_000, dueDate: '2026-03-31', dailyLateFeeRate: 0.001 };

  it('when a receivable is paid in two parts, then each day counts what was still owed at its end', () => {
    // issued 1 March; 400 paid on 11 March, the rest (600 + the late fee first) on 10 April
    const events = [
      { kind: 'payment' as const, date: '2026-03-11', amountCents: 400, reference: 'a' },
      { kind: 'payment' as const, date: '2026-04-10', amountCents: 606, reference: 'b' },
    ];
    // 1–10 March: 1,000 a day; 11 March – 9 April: 600 a day; from 10 April on: 0
    expect(principalCentDays(terms, '2026-03-01', events, day('2026-03-01'), day('2026-04-30'))).toBe(10 * 1_000 + 30 * 600);
    // a window starting inside: 21 March – 30 April
    expect(principalCentDays(terms, '2026-03-01', events, day('2026-03-21'), day('2026-04-30'))).toBe(20 * 600);
  });

  it('when the receivable is issued after the window, then it owed nothing in it', () => {
    expect(principalCentDays(terms, '2026-05-01', [], day('2026-03-01'), day('2026-04-30'))).toBe(0);
  });
});
