import { balanceOf, type LedgerEvent } from '../dunning/receivable-ledger';

/** What the ledger knows of one invoice's receivable: its terms, status, payments and costs. */
export interface LedgerPosition {
  principalCents: number;
  /** Null until receipt was confirmed. */
  dueDate: string | null;
  dailyLateFeeRate: number;
  status: 'OPEN' | 'PAID' | 'WRITTEN_OFF';
  events: LedgerEvent[];
}

/** The customer's latest credit decision: what the dashboard filters and provisions by. */
export interface CustomerRating {
  tier: 'core' | 'priority' | 'basic';
  colour: 'green' | 'yellow' | 'red';
  score: number;
}

/**
 * The amounts the dashboard counts for a ledger receivable as of a day: the open amount is the
 * principal its payments have not settled (costs and late fees are settled first, DOMAIN §5); paid
 * on the day the principal reached zero; a written-off receivable is no longer open. Without a due
 * date (receipt not confirmed yet) it cannot age, so it is not counted yet.
 */
export function dashboardAmounts(receivable: LedgerPosition, asOf: string): { amount: number; openAmount: number; dueAt: string; paidAt: string | null } | undefined {
  if (receivable.dueDate === null) return undefined;
  const balance = balanceOf({ principalCents: receivable.principalCents, dueDate: receivable.dueDate, dailyLateFeeRate: receivable.dailyLateFeeRate }, receivable.events, asOf);
  const settledBy = balance.lines.find((line) => line.event === 'payment' && line.principalCents === 0);
  const writtenOff = receivable.status === 'WRITTEN_OFF';
  return {
    amount: receivable.principalCents / 100,
    openAmount: writtenOff ? 0 : balance.principalCents / 100,
    dueAt: receivable.dueDate,
    paidAt: settledBy && !writtenOff ? settledBy.date : null,
  };
}
