import type { ZeebeGrpcClient } from '@camunda8/sdk/dist/zeebe';
import { createZodJobWorker } from '../../../src/camunda/zod-job-worker';
import { applyPaymentInputSchema, applyPaymentOutputSchema, dunningProcess } from '../../../src/contracts/dunning.contract';
import type { ReceivableService } from '../../../src/dunning/receivable.service';
import type { Logger } from '../../../src/logger';

/**
 * TEMPORARY TEST WORKER for `apply-payment` only. Its real worker is shared with the credit lifecycle
 * and belongs to the lifecycle back-office work; DELETE THIS FILE when that worker is registered in
 * workers/index.ts (both would then serve the job type). Meanwhile it books the payment in the
 * receivable ledger through ReceivableService, as the real one must, so the late fees the real dunning
 * workers post and the open amount stay consistent: the open amount is the ledger's balance
 * (principal, fee and costs) on the engine's day.
 */
export function startTemporaryApplyPaymentWorker(zeebe: ZeebeGrpcClient, logger: Logger, receivables: ReceivableService) {
  return createZodJobWorker(zeebe, {
    taskType: dunningProcess.jobTypes.applyPayment,
    inputSchema: applyPaymentInputSchema,
    outputSchema: applyPaymentOutputSchema,
    logger,
    handler: async (input, job) => {
      const paidOn = job.engineNow.toISOString().slice(0, 10);
      const payment = await receivables.applyPayment({ receivableId: input.receivableId, paymentReference: input.paymentReference, amountCents: Math.round(input.paymentAmount * 100), paidOn });
      return { openAmount: payment.balance.totalCents / 100, amountApplied: payment.amountAppliedCents / 100, paidInFull: payment.paidInFull };
    },
  });
}
