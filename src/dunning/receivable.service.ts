import { settlementCents } from '../domain/dunning/late-fee';
import { balanceOf, type LedgerBalance } from '../domain/dunning/receivable-ledger';
import { NotFoundError } from '../domain/errors';
import type { Receivable, ReceivableLedgerRepository } from '../db/receivable-ledger.repository';

export interface PaymentResult {
  amountAppliedCents: number;
  balance: LedgerBalance;
  paidInFull: boolean;
  newlyBooked: boolean;
}

/** Payments against invoices: booked once per payment reference, the balance recomputed from the ledger. */
export class ReceivableService {
  constructor(private readonly receivables: ReceivableLedgerRepository) {}

  async applyPayment(input: { receivableId: string; paymentReference: string; amountCents: number; paidOn: string }): Promise<PaymentResult> {
    const receivable = await this.receivables.find(input.receivableId);
    if (!receivable) throw new NotFoundError(`No receivable ${input.receivableId}.`);
    const newlyBooked = await this.receivables.bookOnce(receivable.id, { kind: 'payment', date: input.paidOn, amountCents: input.amountCents, reference: input.paymentReference });
    const events = await this.receivables.events(receivable.id);
    const balance = balanceOf(this.receivables.termsOf(receivable), events, input.paidOn);
    // what this payment settled (from its own ledger line), the same however often the job is delivered
    const line = balance.lines.find((candidate) => candidate.event === 'payment' && candidate.reference === input.paymentReference);
    const amountAppliedCents = line ? line.appliedToCosts + line.appliedToFee + line.appliedToPrincipal : 0;
    const paidInFull = balance.totalCents === 0;
    if (paidInFull) await this.receivables.setStatus(receivable.id, 'PAID');
    return { amountAppliedCents, balance, paidInFull, newlyBooked };
  }

  /** Opens an invoice's receivable in the ledger once; the first registration wins. */
  async open(receivable: Omit<Receivable, 'status'>): Promise<Receivable> {
    return this.receivables.openOnce(receivable);
  }

  async balance(receivableId: string, asOf: string): Promise<LedgerBalance> {
    return (await this.statement(receivableId, asOf)).balance;
  }

  /** The receivable's terms with its balance as of a day. */
  async statement(receivableId: string, asOf: string): Promise<{ receivable: Receivable; balance: LedgerBalance }> {
    const receivable = await this.receivables.find(receivableId);
    if (!receivable) throw new NotFoundError(`No receivable ${receivableId} in the receivable ledger.`);
    return { receivable, balance: balanceOf(this.receivables.termsOf(receivable), await this.receivables.events(receivable.id), asOf) };
  }

  /** What a payment on payOn must be to settle the receivable in full. */
  async amountToSettle(receivableId: string, payOn: string): Promise<number> {
    const { receivable } = await this.statement(receivableId, payOn);
    return settlementCents(this.receivables.termsOf(receivable), await this.receivables.events(receivable.id), payOn);
  }
}
