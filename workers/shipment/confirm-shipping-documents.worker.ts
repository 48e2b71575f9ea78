import type { z } from 'zod';
import { BusinessOutcomeError, createZodJobWorker, type JobContext, type WorkerAudit, type WorkerRuntime } from '../../src/engine/zod-external-task-worker';
import {
  confirmShippingDocumentsInputSchema, confirmShippingDocumentsOutputSchema, creditLifecycleProcess, threeWayMismatchVariablesSchema,
} from '../../src/contracts/credit-lifecycle.contract';
import type { Logger } from '../../src/logger';
import type { ShippingDocumentsService } from '../../src/shipment/shipping-documents.service';

const { jobTypes, errors } = creditLifecycleProcess;

/** Step 7: contract ↔ delivery note ↔ invoice; agreed (or resolved) → the receivable opens, else THREE_WAY_MISMATCH with what differs. */
export function confirmShippingDocumentsHandler(deps: { shippingDocuments: Pick<ShippingDocumentsService, 'confirm'> }) {
  return async (input: z.infer<typeof confirmShippingDocumentsInputSchema>, job: JobContext): Promise<z.infer<typeof confirmShippingDocumentsOutputSchema>> => {
    const prepayment = input.prepaymentAmount ? { amount: input.prepaymentAmount, paidAt: input.prepaymentPaidAt ?? job.engineNow.toISOString() } : null;
    const result = await deps.shippingDocuments.confirm({ ...input, customerTaxId: input.taxId, prepayment }, job.engineNow);
    if (!result.confirmed) {
      throw new BusinessOutcomeError(errors.threeWayMismatch, `contract, delivery note and invoice disagree in ${result.mismatches.length} point(s)`, threeWayMismatchVariablesSchema.parse({ threeWayMismatches: result.mismatches }));
    }
    return {
      openAmount: result.openCents / 100,
      shippingDocuments: {
        deliveryNoteConfirmed: true,
        invoiceConfirmed: true,
        documentsSentAt: input.shippedAt,
        documentsReceivedAt: result.check.documentsReceivedAt,
        matchedAt: result.check.matchedAt,
      },
    };
  };
}

export function startConfirmShippingDocumentsWorker(deps: { runtime: WorkerRuntime; shippingDocuments: ShippingDocumentsService; logger: Logger; audit?: WorkerAudit }) {
  return createZodJobWorker(deps.runtime, {
    taskType: jobTypes.confirmShippingDocuments,
    inputSchema: confirmShippingDocumentsInputSchema,
    outputSchema: confirmShippingDocumentsOutputSchema,
    logger: deps.logger,
    audit: deps.audit,
    // reading documents (OCR on scans) takes a while: few at a time
    maxConcurrent: 2,
    handler: confirmShippingDocumentsHandler(deps),
  });
}
