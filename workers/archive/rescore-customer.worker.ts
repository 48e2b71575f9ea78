import type { z } from 'zod';
import type { CustomerRescoreService } from '../../src/archive/customer-rescore.service';
import { createZodJobWorker, type JobContext, type WorkerAudit, type WorkerRuntime } from '../../src/engine/zod-external-task-worker';
import { creditLifecycleProcess, rescoreCustomerInputSchema, rescoreCustomerOutputSchema } from '../../src/contracts/credit-lifecycle.contract';
import type { Logger } from '../../src/logger';

/** Step 11: record how the customer paid and re-score it on its latest figures, once per receivable. */
export function rescoreCustomerHandler(deps: { rescoring: Pick<CustomerRescoreService, 'rescore'> }) {
  return async (input: z.infer<typeof rescoreCustomerInputSchema>, job: JobContext): Promise<z.infer<typeof rescoreCustomerOutputSchema>> => {
    const behaviour = await deps.rescoring.rescore(
      {
        receivableId: input.receivableId, applicationId: input.applicationId, customerId: input.customerId, previousScore: input.score,
        figures: input.documentData, paymentOutcome: input.paymentOutcome, daysOverdueAtSettlement: input.daysOverdueAtSettlement,
        collectionRateBefore: input.hasPaymentHistory ? input.collectionRate : null, yearsOfCooperation: input.yearsOfCooperation,
        industryRisk: input.industryRisk, checklistPassed: input.checklistPassed, redFlagCount: input.redFlagCount,
      },
      job.engineNow,
    );
    return { updatedScore: behaviour.score, updatedModelVersion: behaviour.modelVersion };
  };
}

export function startRescoreCustomerWorker(deps: { runtime: WorkerRuntime; rescoring: CustomerRescoreService; logger: Logger; audit?: WorkerAudit }) {
  return createZodJobWorker(deps.runtime, {
    taskType: creditLifecycleProcess.jobTypes.rescoreCustomer,
    inputSchema: rescoreCustomerInputSchema,
    outputSchema: rescoreCustomerOutputSchema,
    logger: deps.logger,
    audit: deps.audit,
    handler: rescoreCustomerHandler(deps),
  });
}
