import { balanceOf, type LedgerEvent } from '../dunning/receivable-ledger';

/** One receivable of the customer as the ledger holds it, with its payments and costs. */
export interface HistoricReceivable {
  principalCents: number;
  currency: string;
  issuedOn: string;
  /** Null until receipt was confirmed: such a receivable has not fallen due. */
  dueDate: string | null;
  dailyLateFeeRate: number;
  events: LedgerEvent[];
}

/** What the credit lifecycle needs to know about a customer's past with us (its start variables). */
export interface PaymentHistoryFacts {
  /** At least one receivable has fallen due: there is behaviour to judge. */
  hasPaymentHistory: boolean;
  /** Principal collected of the principal that has fallen due, 0..1; 0 without history (hasPaymentHistory says why). */
  collectionRate: number;
  /** Years since the first invoice, to two decimals. */
  yearsOfCooperation: number;
  /** Principal invoiced in the 365 days up to asOf, in the policy's currency only (the tier table measures CNY). */
  annualVolume: number;
}

const dayMs = 86_400_000;
const dayNumber = (isoDate: string) => Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / dayMs);
const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * The customer's history as of a day, from the receivable ledger: a receivable counts for the
 * collection rate once its due date has passed; what it collected is the principal its payments
 * settled by `asOf` (payments settle costs and late fees first, DOMAIN §5).
 */
export function paymentHistoryFacts(receivables: HistoricReceivable[], asOf: string, volumeCurrency = 'CNY'): PaymentHistoryFacts {
  const today = dayNumber(asOf);
  const fallenDue = receivables.filter((receivable) => receivable.dueDate !== null && dayNumber(receivable.dueDate) < today);
  let dueCents = 0;
  let collectedCents = 0;
  for (const receivable of fallenDue) {
    const balance = balanceOf({ principalCents: receivable.principalCents, dueDate: receivable.dueDate as string, dailyLateFeeRate: receivable.dailyLateFeeRate }, receivable.events, asOf);
    dueCents += receivable.principalCents;
    collectedCents += receivable.principalCents - balance.principalCents;
  }
  const firstIssued = Math.min(...receivables.map((receivable) => dayNumber(receivable.issuedOn)).filter((day) => day <= today));
  const volumeCents = receivables
    .filter((receivable) => receivable.currency === volumeCurrency && dayNumber(receivable.issuedOn) <= today && dayNumber(receivable.issuedOn) > today - 365)
    .reduce((sum, receivable) => sum + receivable.principalCents, 0);
  return {
    hasPaymentHistory: fallenDue.length > 0,
    collectionRate: dueCents > 0 ? collectedCents / dueCents : 0,
    yearsOfCooperation: Number.isFinite(firstIssued) ? round2((today - firstIssued) / 365.25) : 0,
    annualVolume: volumeCents / 100,
  };
}
