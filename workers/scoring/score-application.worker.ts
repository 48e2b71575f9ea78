import { createZodJobWorker, type WorkerAudit, type WorkerRuntime } from '../../src/engine/zod-external-task-worker';
import { creditApplicationProcess, scoreApplicationInputSchema, scoreApplicationOutputSchema } from '../../src/contracts/credit-application.contract';
import type { ApplicationAssessmentRepository } from '../../src/db/application-assessment.repository';
import { assessApplication } from '../../src/domain/application-assessment';
import { addWorkingDays } from '../../src/domain/calendar/working-days';
import type { Logger } from '../../src/logger';
import { loadWorkingCalendar } from '../../src/policy/working-calendar.policy';

export function startScoreApplicationWorker(deps: { runtime: WorkerRuntime; assessments: ApplicationAssessmentRepository; logger: Logger; audit?: WorkerAudit }) {
  const calendar = loadWorkingCalendar();
  return createZodJobWorker(deps.runtime, {
    taskType: creditApplicationProcess.jobTypes.scoreApplication,
    inputSchema: scoreApplicationInputSchema,
    outputSchema: scoreApplicationOutputSchema,
    logger: deps.logger,
    audit: deps.audit,
    handler: async (input, job) => {
      const assessment = assessApplication({ requestedLimit: input.requestedLimit, urgent: input.urgent, hasPaymentHistory: false });
      // A redelivered job gets the first stored assessment and due date back, unchanged.
      const stored = await deps.assessments.recordAssessment(input.applicationId, assessment, addWorkingDays(job.engineNow, assessment.reviewSlaWorkingDays, calendar));
      return { assessment: stored.assessment, reviewDueAt: stored.reviewDueAt.toISOString() };
    },
  });
}
