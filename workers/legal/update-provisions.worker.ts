import type { ZeebeGrpcClient } from '@camunda8/sdk/dist/zeebe';
import { createZodJobWorker, type WorkerAudit } from '../../src/camunda/zod-job-worker';
import { legalEscalationProcess, updateProvisionsInputSchema, updateProvisionsOutputSchema } from '../../src/contracts/legal-escalation.contract';
import { businessDayOf } from '../../src/domain/calendar/business-day';
import type { LegalCaseService } from '../../src/legal/legal-case.service';
import type { Logger } from '../../src/logger';

export function startUpdateProvisionsWorker(deps: { zeebe: ZeebeGrpcClient; legalCases: LegalCaseService; logger: Logger; audit?: WorkerAudit }) {
  return createZodJobWorker(deps.zeebe, {
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
