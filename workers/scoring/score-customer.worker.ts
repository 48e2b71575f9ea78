import { createZodJobWorker, type WorkerAudit, type WorkerRuntime } from '../../src/engine/zod-external-task-worker';
import { creditLifecycleProcess, scoreCustomerInputSchema, scoreCustomerOutputSchema } from '../../src/contracts/credit-lifecycle.contract';
import { distinctReasonCodes } from '../../src/domain/scoring/application-scoring-input';
import type { Logger } from '../../src/logger';
import type { ApplicationScoringService } from '../../src/scoring/application-scoring.service';

export function startScoreCustomerWorker(deps: { runtime: WorkerRuntime; applicationScoring: ApplicationScoringService; logger: Logger; audit?: WorkerAudit }) {
  return createZodJobWorker(deps.runtime, {
    taskType: creditLifecycleProcess.jobTypes.scoreCustomer,
    inputSchema: scoreCustomerInputSchema,
    outputSchema: scoreCustomerOutputSchema,
    logger: deps.logger,
    audit: deps.audit,
    handler: async (input, job) => {
      // a redelivered job gets the stored score back, however the model or policy changed since
      const { result } = await deps.applicationScoring.score({ ...input, asOf: job.engineNow });
      return { score: result.score, reasonCodes: distinctReasonCodes(result.reasonCodes), modelVersion: result.modelVersion, scoreFigureSet: result.figureSet, scoreRatios: result.ratiosRead };
    },
  });
}
