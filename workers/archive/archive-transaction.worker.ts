import type { z } from 'zod';
import type { TransactionArchiveService } from '../../src/archive/transaction-archive.service';
import { createZodJobWorker, type JobContext, type WorkerAudit, type WorkerRuntime } from '../../src/engine/zod-external-task-worker';
import { archivedDecisionVariables, archiveTransactionInputSchema, archiveTransactionOutputSchema, creditLifecycleProcess } from '../../src/contracts/credit-lifecycle.contract';
import type { Logger } from '../../src/logger';

/** Step 11: the transaction's documents, decisions, ledger and contacts in one archive, once per receivable. */
export function archiveTransactionHandler(deps: { archives: Pick<TransactionArchiveService, 'archive'> }) {
  return async (input: z.infer<typeof archiveTransactionInputSchema>, job: JobContext): Promise<z.infer<typeof archiveTransactionOutputSchema>> => {
    const creditDecision = Object.fromEntries(archivedDecisionVariables.flatMap((name) => (input[name] === undefined ? [] : [[name, input[name]]])));
    const archive = await deps.archives.archive(
      { receivableId: input.receivableId, applicationId: input.applicationId, customerId: input.customerId, paymentOutcome: input.paymentOutcome, investigationReportId: input.investigationReportId ?? null, creditDecision },
      job.engineNow,
    );
    return { archiveId: archive.id, archivedAt: archive.archivedAt };
  };
}

export function startArchiveTransactionWorker(deps: { runtime: WorkerRuntime; archives: TransactionArchiveService; logger: Logger; audit?: WorkerAudit }) {
  return createZodJobWorker(deps.runtime, {
    taskType: creditLifecycleProcess.jobTypes.archiveTransaction,
    inputSchema: archiveTransactionInputSchema,
    outputSchema: archiveTransactionOutputSchema,
    logger: deps.logger,
    audit: deps.audit,
    handler: archiveTransactionHandler(deps),
  });
}
