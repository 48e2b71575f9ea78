import { createZodJobWorker, type WorkerAudit, type WorkerRuntime } from '../../src/engine/zod-external-task-worker';
import { buildEvidencePackInputSchema, buildEvidencePackOutputSchema, legalEscalationProcess } from '../../src/contracts/legal-escalation.contract';
import { businessDayOf } from '../../src/domain/calendar/business-day';
import type { LegalCaseService } from '../../src/legal/legal-case.service';
import type { Logger } from '../../src/logger';

export function startBuildEvidencePackWorker(deps: { runtime: WorkerRuntime; legalCases: LegalCaseService; logger: Logger; audit?: WorkerAudit }) {
  return createZodJobWorker(deps.runtime, {
    taskType: legalEscalationProcess.jobTypes.buildEvidencePack,
    inputSchema: buildEvidencePackInputSchema,
    outputSchema: buildEvidencePackOutputSchema,
    logger: deps.logger,
    audit: deps.audit,
    handler: async (input, job) => {
      const { legalCase, evidenceFiles } = await deps.legalCases.open({ receivableId: input.receivableId, customerId: input.customerId, businessDay: businessDayOf(job.engineNow) });
      return { evidencePackId: legalCase.evidencePackId, evidenceDocuments: evidenceFiles };
    },
  });
}
