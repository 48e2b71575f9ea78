import { createZodJobWorker, type WorkerAudit, type WorkerRuntime } from '../../src/engine/zod-external-task-worker';
import { legalEscalationProcess, updateProvisionsInputSchema, updateProvisionsOutputSchema } from '../../src/contracts/legal-escalation.contract';
import { businessDayOf } from '../../src/domain/calendar/business-day';
import type { LegalCaseService } from '../../src/legal/legal-case.service';
import type { Logger } from '../../src/logger';

export function startUpdateProvisionsWorker(deps: { runtime: WorkerRuntime; legalCases: LegalCaseService; logger: Logger; audit?: WorkerAudit }) {
  return createZodJobWorker(deps.runtime, {
    taskType: legalEscalationProcess.jobTypes.updateProvisions,
    inputSchema: updateProvisionsInputSchema,
    outputSchema: updateProvisionsOutputSchema,
    logger: deps.logger,
    audit: deps.audit,
    handler: async (input, job) => {
      const closing = await deps.legalCases.close({
        receivableId: input.receivableId,
        outcome: input.legalOutcome,
        recoveredAmount: input.recoveredAmount,
        businessDay: businessDayOf(job.engineNow),
        closedAt: job.engineNow,
      });
      return { writtenOffAmount: closing.writtenOffCents / 100, provisionReleased: closing.provisionReleasedCents / 100 };
    },
  });
}
