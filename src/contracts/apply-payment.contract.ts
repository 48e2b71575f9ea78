import { z } from 'zod';

/**
 * `apply-payment`: one job type, one worker, used by the credit lifecycle (payments during the term)
 * and by dunning (payments while overdue). The payment is posted in the receivable ledger once per
 * paymentReference; openAmount comes back from the ledger (principal, late fees and costs).
 */
export const applyPaymentJobType = 'apply-payment';

const amount = z.number().finite().min(0).max(1_000_000_000);

export const applyPaymentInputSchema = z.object({
  /** The invoice number: the ledger's key and the payment message's correlation key. */
  receivableId: z.string().min(1).max(40),
  /** The process's view of the balance before this payment (the ledger's answer replaces it). */
  openAmount: amount,
  paymentAmount: amount.positive(),
  paymentReference: z.string().trim().min(1).max(100),
  /** When the bank booked it; dunning's messages carry none, then the engine's day counts. */
  paidAt: z.string().datetime({ offset: true }).optional(),
});
export const applyPaymentOutputSchema = z.object({
  openAmount: amount,
  /** What this payment settled (costs, then late fees, then principal); an overpayment is not part of it. */
  amountApplied: amount,
  paidInFull: z.boolean(),
});
export type ApplyPaymentInput = z.infer<typeof applyPaymentInputSchema>;
export type ApplyPaymentOutput = z.infer<typeof applyPaymentOutputSchema>;
