/**
 * Receivable turnover of a customer's account (DOMAIN.md §4: "receivable turnover drops by 20 % or
 * more" restricts new business): what was invoiced in a window over the average principal the
 * customer owed during it. The seed's rule (应收账款周转率下降20%以上) is about how fast
 * receivables turn into cash, so buying less while paying as fast is no drop, and paying slower is.
 * Amounts are whole cents and balances whole cent-days, so the drop is compared exactly.
 */
import { balanceOf, type LedgerEvent, type ReceivableTerms } from '../dunning/receivable-ledger';

export interface TurnoverWindow {
  /** Principal invoiced in the window, cents. */
  invoicedCents: number;
  /** The principal owed at the end of each day of the window, summed: cent-days (average balance × days). */
  balanceCentDays: number;
}

const dayNumber = (isoDate: string) => Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000);
const isoOf = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** The principal a receivable was owed at the end of each day from `fromDay` to `toDay` (day numbers, inclusive), summed. */
export function principalCentDays(terms: ReceivableTerms, issuedOn: string, events: LedgerEvent[], fromDay: number, toDay: number): number {
  let day = Math.max(fromDay, dayNumber(issuedOn));
  if (day > toDay) return 0;
  let principal = terms.principalCents;
  let sum = 0;
  for (const line of balanceOf(terms, events, isoOf(toDay)).lines) {
    const changed = dayNumber(line.date);
    if (changed > day) {
      sum += principal * (changed - day);
      day = changed;
    }
    principal = line.principalCents;
  }
  return sum + principal * (toDay + 1 - day);
}

/** Policy thresholds are whole basis points; flooring to them keeps "drop ≥ threshold" exact. */
const basisPoints = 10_000n;

/**
 * 1 − turnover now / turnover before, rounded down to a basis point (0.0001), computed in integers:
 * the decision table's "≥ 0.2" then holds exactly when the true drop is 20 % or more (a quotient
 * in floating point turned 6,000,000 → 4,800,000 into 0.19999999999999996). 0 when the turnover
 * rose or either window has none to compare (nothing invoiced or nothing owed before, nothing
 * owed now); 1 when nothing was invoiced now while the customer still owed.
 */
export function turnoverDropRatio(before: TurnoverWindow, now: TurnoverWindow): number {
  for (const amount of [before.invoicedCents, before.balanceCentDays, now.invoicedCents, now.balanceCentDays]) {
    if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`turnover amounts are whole cents ≥ 0, got ${amount}`);
  }
  if (before.invoicedCents === 0 || before.balanceCentDays === 0 || now.balanceCentDays === 0) return 0;
  // (Sb/Bb − Sn/Bn) / (Sb/Bb) = (Sb·Bn − Sn·Bb) / (Sb·Bn)
  const denominator = BigInt(before.invoicedCents) * BigInt(now.balanceCentDays);
  const numerator = denominator - BigInt(now.invoicedCents) * BigInt(before.balanceCentDays);
  if (numerator <= 0n) return 0;
  return Number((numerator * basisPoints) / denominator) / Number(basisPoints);
}
