import type { ZeebeGrpcClient } from '@camunda8/sdk/dist/zeebe';
import { createZodJobWorker, type WorkerAudit } from '../../src/camunda/zod-job-worker';
import { creditLifecycleProcess, scoreCustomerInputSchema, scoreCustomerOutputSchema } from '../../src/contracts/credit-lifecycle.contract';
import { distinctReasonCodes } from '../../src/domain/scoring/application-scoring-input';
import type { Logger } from '../../src/logger';
import type { ApplicationScoringService } from '../../src/scoring/application-scoring.service';

export function startScoreCustomerWorker(deps: { zeebe: ZeebeGrpcClient; applicationScoring: ApplicationScoringService; logger: Logger; audit?: WorkerAudit }) {
  return createZodJobWorker(deps.zeebe, {
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
