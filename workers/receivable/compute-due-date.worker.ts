import type { ZeebeGrpcClient } from '@camunda8/sdk/dist/zeebe';
import { createZodJobWorker, type WorkerAudit } from '../../src/camunda/zod-job-worker';
import { computeDueDateInputSchema, computeDueDateOutputSchema, creditLifecycleProcess } from '../../src/contracts/credit-lifecycle.contract';
import { defaultSchedulePolicy, scheduleReceivable } from '../../src/domain/receivable/receivable-schedule';
import { loadWorkingCalendar } from '../../src/policy/working-calendar.policy';
import type { Logger } from '../../src/logger';

/** Step 7→8: the due date and the term's contact dates from the confirmed delivery date (working-day calendar). */
export function startComputeDueDateWorker(deps: { zeebe: ZeebeGrpcClient; logger: Logger; audit?: WorkerAudit }) {
  const policy = { ...defaultSchedulePolicy, calendar: loadWorkingCalendar() };
  return createZodJobWorker(deps.zeebe, {
    taskType: creditLifecycleProcess.jobTypes.computeDueDate,
    inputSchema: computeDueDateInputSchema,
    outputSchema: computeDueDateOutputSchema,
    logger: deps.logger,
    audit: deps.audit,
    handler: async (input) => {
      const schedule = scheduleReceivable(new Date(input.deliveredAt), input.approvedTermDays, policy);
      return {
        dueDate: schedule.dueDate,
        dueAt: schedule.dueAt.toISOString(),
        preDueReminderAt: schedule.preDueReminderAt.toISOString(),
        halfTermAt: schedule.halfTermAt.toISOString(),
      };
    },
  });
}
