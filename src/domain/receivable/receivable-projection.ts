import { balanceOf, type LedgerEvent } from '../dunning/receivable-ledger';

/** A ledger receivable as the dashboard's projection reads it. */
export interface LedgerReceivable {
  id: string;
  applicationId: string;
  customerTaxId: string;
  currency: string;
  principalCents: number;
  issuedOn: string;
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

export interface ProjectedReceivable {
  receivableId: string;
  customerKey: string;
  customerName: string;
  applicationId: string | null;
  tier: CustomerRating['tier'];
  colour: CustomerRating['colour'];
  score: number;
  currency: string;
  amount: number;
  openAmount: number;
  issuedAt: string;
  dueAt: string;
  paidAt: string | null;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The dashboard's row of a ledger receivable as of a day: the open amount is the principal its
 * payments have not settled (costs and late fees are settled first, DOMAIN §5); paid on the day the
 * principal reached zero; a written-off receivable is no longer open. Without a due date (receipt
 * not confirmed yet) it cannot age, so it is not projected yet.
 */
export function projectReceivable(receivable: LedgerReceivable, customer: { key: string; name: string }, rating: CustomerRating, asOf: string): ProjectedReceivable | undefined {
  if (receivable.dueDate === null) return undefined;
  const balance = balanceOf({ principalCents: receivable.principalCents, dueDate: receivable.dueDate, dailyLateFeeRate: receivable.dailyLateFeeRate }, receivable.events, asOf);
  const settledBy = balance.lines.find((line) => line.event === 'payment' && line.principalCents === 0);
  const writtenOff = receivable.status === 'WRITTEN_OFF';
  return {
    receivableId: receivable.id,
    customerKey: customer.key,
    customerName: customer.name,
    applicationId: uuid.test(receivable.applicationId) ? receivable.applicationId : null,
    ...rating,
    currency: receivable.currency,
    amount: receivable.principalCents / 100,
    openAmount: writtenOff ? 0 : balance.principalCents / 100,
    issuedAt: receivable.issuedOn,
    dueAt: receivable.dueDate,
    paidAt: settledBy && !writtenOff ? settledBy.date : null,
  };
}
