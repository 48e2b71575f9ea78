import { createZodJobWorker, type WorkerAudit, type WorkerRuntime } from '../../src/engine/zod-external-task-worker';
import { accrueLateFeeInputSchema, accrueLateFeeOutputSchema, dunningProcess } from '../../src/contracts/dunning.contract';
import type { LateFeeService } from '../../src/dunning/late-fee.service';
import type { Logger } from '../../src/logger';
import { engineDay, incidentOnDataError } from './dunning-job';

/**
 * A dunning stage's late fee, posted in the receivable ledger once per receivable and stage and read
 * back from it: the ledger (not the process variables) decides the amount.
 */
export function startAccrueLateFeeWorker(deps: { runtime: WorkerRuntime; lateFees: LateFeeService; logger: Logger; audit?: WorkerAudit }) {
  return createZodJobWorker(deps.runtime, {
    taskType: dunningProcess.jobTypes.accrueLateFee,
    inputSchema: accrueLateFeeInputSchema,
    outputSchema: accrueLateFeeOutputSchema,
    logger: deps.logger,
    audit: deps.audit,
    handler: (input, job) =>
      incidentOnDataError(async () => {
        const fee = await deps.lateFees.postForStage({ receivableId: input.receivableId, stage: input.dunningStage, postedOn: engineDay(job) });
        return { lateFee: fee.lateFeeCents / 100, lateFeesTotal: fee.lateFeesTotalCents / 100, feeAccruedThroughDay: fee.feeAccruedThroughDay };
      }),
  });
}
