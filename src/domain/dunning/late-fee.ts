import { balanceOf, type LedgerEvent, type ReceivableTerms } from './receivable-ledger';

/** The late fee a dunning stage posts: what the ledger charged since the previous stage's posting, and in all. */
export interface LateFeePosting {
  postedOn: string;
  /** Calendar days from the due date to postedOn: the fee is charged through this day. */
  feeAccruedThroughDay: number;
  lateFeeCents: number;
  lateFeesTotalCents: number;
}

const dayNumber = (isoDate: string) => Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000);

/** Every cent of late fee the ledger has charged up to and including asOf (paid or not). */
export function feeChargedCents(terms: ReceivableTerms, events: LedgerEvent[], asOf: string): number {
  return balanceOf(terms, events, asOf).lines.reduce((sum, line) => sum + line.feeAccruedCents, 0);
}

/**
 * The posting of a stage on postedOn. The ledger decides the amounts (its daily rate on the overdue
 * principal, after the payments it holds); the previous stage's posting day only splits them into
 * "this stage" and "in all".
 */
export function lateFeePosting(terms: ReceivableTerms, events: LedgerEvent[], postedOn: string, previousPostedOn?: string): LateFeePosting {
  const lateFeesTotalCents = feeChargedCents(terms, events, postedOn);
  const chargedBefore = previousPostedOn ? feeChargedCents(terms, events, previousPostedOn) : 0;
  return {
    postedOn,
    feeAccruedThroughDay: Math.max(0, dayNumber(postedOn) - dayNumber(terms.dueDate)),
    lateFeeCents: Math.max(0, lateFeesTotalCents - chargedBefore),
    lateFeesTotalCents,
  };
}

const settlementProbe = '\u0000settlement';

/**
 * What a payment on payOn must be to settle the receivable: a payment settles that day's balance with
 * the fee up to the day before (receivable-ledger.ts), so the answer is less than the balance as of payOn.
 */
export function settlementCents(terms: ReceivableTerms, events: LedgerEvent[], payOn: string): number {
  const probe: LedgerEvent = { kind: 'payment', date: payOn, amountCents: Number.MAX_SAFE_INTEGER, reference: settlementProbe };
  const line = balanceOf(terms, [...events, probe], payOn).lines.find((candidate) => candidate.reference === settlementProbe);
  return line ? line.appliedToCosts + line.appliedToFee + line.appliedToPrincipal : 0;
}
