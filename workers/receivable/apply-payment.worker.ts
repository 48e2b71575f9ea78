import { createZodJobWorker, IncidentError, type JobContext, type WorkerAudit, type WorkerRuntime } from '../../src/engine/zod-external-task-worker';
import { applyPaymentInputSchema, applyPaymentJobType, applyPaymentOutputSchema, type ApplyPaymentInput, type ApplyPaymentOutput } from '../../src/contracts/apply-payment.contract';
import { NotFoundError } from '../../src/domain/errors';
import type { ReceivableService } from '../../src/dunning/receivable.service';
import type { Logger } from '../../src/logger';

/** Posts the payment in the ledger once per payment reference and answers with the ledger's balance (lifecycle and dunning alike). */
export function applyPaymentHandler(deps: { payments: Pick<ReceivableService, 'applyPayment'> }) {
  return async (input: ApplyPaymentInput, job: JobContext): Promise<ApplyPaymentOutput> => {
    try {
      const result = await deps.payments.applyPayment({
        receivableId: input.receivableId,
        paymentReference: input.paymentReference,
        amountCents: Math.round(input.paymentAmount * 100),
        paidOn: (input.paidAt ?? job.engineNow.toISOString()).slice(0, 10),
      });
      return { openAmount: result.balance.totalCents / 100, amountApplied: result.amountAppliedCents / 100, paidInFull: result.paidInFull };
    } catch (error) {
      if (error instanceof NotFoundError) throw new IncidentError(`Payment ${input.paymentReference} names receivable ${input.receivableId}, which the receivable ledger does not know: open it (confirm the shipping documents) or correct the payment's invoice number.`);
      throw error;
    }
  };
}

export function startApplyPaymentWorker(deps: { runtime: WorkerRuntime; payments: ReceivableService; logger: Logger; audit?: WorkerAudit }) {
  return createZodJobWorker(deps.runtime, {
    taskType: applyPaymentJobType,
    inputSchema: applyPaymentInputSchema,
    outputSchema: applyPaymentOutputSchema,
    logger: deps.logger,
    audit: deps.audit,
    handler: applyPaymentHandler(deps),
  });
}
