import { createZodJobWorker, IncidentError, type WorkerAudit, type WorkerRuntime } from '../../src/engine/zod-external-task-worker';
import { computeDueDateInputSchema, computeDueDateOutputSchema, creditLifecycleProcess } from '../../src/contracts/credit-lifecycle.contract';
import type { ReceivableLedgerRepository } from '../../src/db/receivable-ledger.repository';
import { defaultSchedulePolicy, scheduleReceivable } from '../../src/domain/receivable/receivable-schedule';
import { loadWorkingCalendar } from '../../src/policy/working-calendar.policy';
import type { Logger } from '../../src/logger';

/**
 * Step 7→8: the due date and the term's contact dates from the confirmed delivery date (working-day
 * calendar); the ledger's receivable gets the due date, from which late fees count.
 */
export function startComputeDueDateWorker(deps: { runtime: WorkerRuntime; receivables: Pick<ReceivableLedgerRepository, 'find' | 'setDueDate'>; logger: Logger; audit?: WorkerAudit }) {
  const policy = { ...defaultSchedulePolicy, calendar: loadWorkingCalendar() };
  return createZodJobWorker(deps.runtime, {
    taskType: creditLifecycleProcess.jobTypes.computeDueDate,
    inputSchema: computeDueDateInputSchema,
    outputSchema: computeDueDateOutputSchema,
    logger: deps.logger,
    audit: deps.audit,
    handler: async (input) => {
      const schedule = scheduleReceivable(new Date(input.deliveredAt), input.approvedTermDays, policy);
      if (!(await deps.receivables.find(input.receivableId))) throw new IncidentError(`Receivable ${input.receivableId} is not in the receivable ledger: its shipping documents were never confirmed.`);
      await deps.receivables.setDueDate(input.receivableId, schedule.dueDate);
      return {
        dueDate: schedule.dueDate,
        dueAt: schedule.dueAt.toISOString(),
        preDueReminderAt: schedule.preDueReminderAt.toISOString(),
        halfTermAt: schedule.halfTermAt.toISOString(),
      };
    },
  });
}
