import { z } from 'zod';
import { createZodJobWorker, type WorkerAudit, type WorkerRuntime } from '../../src/engine/zod-external-task-worker';
import { creditApplicationProcess, recordSlaBreachInputSchema } from '../../src/contracts/credit-application.contract';
import type { ApplicationAssessmentRepository } from '../../src/db/application-assessment.repository';
import type { Logger } from '../../src/logger';

export function startRecordSlaBreachWorker(deps: { runtime: WorkerRuntime; assessments: ApplicationAssessmentRepository; logger: Logger; audit?: WorkerAudit }) {
  return createZodJobWorker(deps.runtime, {
    taskType: creditApplicationProcess.jobTypes.recordSlaBreach,
    inputSchema: recordSlaBreachInputSchema,
    outputSchema: z.object({}),
    logger: deps.logger,
    audit: deps.audit,
    handler: async (input) => {
      await deps.assessments.recordSlaBreach(input.applicationId, new Date(input.reviewDueAt));
      return {};
    },
  });
}
