import { createZodJobWorker, type WorkerAudit, type WorkerRuntime } from '../../src/engine/zod-external-task-worker';
import { creditLifecycleProcess, runPreliminaryInvestigationInputSchema, runPreliminaryInvestigationOutputSchema } from '../../src/contracts/credit-lifecycle.contract';
import type { PreliminaryInvestigationService } from '../../src/investigation/preliminary-investigation.service';
import type { Logger } from '../../src/logger';

export function startRunPreliminaryInvestigationWorker(deps: { runtime: WorkerRuntime; preliminaryInvestigations: PreliminaryInvestigationService; logger: Logger; audit?: WorkerAudit }) {
  return createZodJobWorker(deps.runtime, {
    taskType: creditLifecycleProcess.jobTypes.runPreliminaryInvestigation,
    inputSchema: runPreliminaryInvestigationInputSchema,
    outputSchema: runPreliminaryInvestigationOutputSchema,
    logger: deps.logger,
    audit: deps.audit,
    handler: async (input, job) => {
      // a redelivered job gets the round's first report back, collectedAt included
      const { report } = await deps.preliminaryInvestigations.collect({ ...input, asOf: job.engineNow });
      return { preliminaryReport: report };
    },
  });
}
