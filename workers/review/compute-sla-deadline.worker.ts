import { createZodJobWorker, type WorkerAudit, type WorkerRuntime } from '../../src/engine/zod-external-task-worker';
import { computeSlaDeadlineInputSchema, computeSlaDeadlineOutputSchema, reviewSlaJobTypes } from '../../src/contracts/review-sla.contract';
import { addWorkingDays } from '../../src/domain/calendar/working-days';
import type { Logger } from '../../src/logger';
import { loadWorkingCalendar } from '../../src/policy/working-calendar.policy';

/** Turns "n working days from now" into the timestamp the BPMN timers read; "now" is the engine's. */
export function startComputeSlaDeadlineWorker(deps: { runtime: WorkerRuntime; logger: Logger; audit?: WorkerAudit }) {
  const calendar = loadWorkingCalendar();
  return createZodJobWorker(deps.runtime, {
    taskType: reviewSlaJobTypes.computeSlaDeadline,
    inputSchema: computeSlaDeadlineInputSchema,
    outputSchema: computeSlaDeadlineOutputSchema,
    logger: deps.logger,
    audit: deps.audit,
    handler: async (input, job) => ({ dueAt: addWorkingDays(job.engineNow, input.workingDays, calendar).toISOString() }),
  });
}
