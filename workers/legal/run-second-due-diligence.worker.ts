import { createZodJobWorker, type WorkerAudit, type WorkerRuntime } from '../../src/engine/zod-external-task-worker';
import { legalEscalationProcess, runSecondDueDiligenceInputSchema, runSecondDueDiligenceOutputSchema } from '../../src/contracts/legal-escalation.contract';
import type { SecondDueDiligenceService } from '../../src/legal/second-due-diligence.service';
import type { Logger } from '../../src/logger';

export function startRunSecondDueDiligenceWorker(deps: { runtime: WorkerRuntime; secondDueDiligences: SecondDueDiligenceService; logger: Logger; audit?: WorkerAudit }) {
  return createZodJobWorker(deps.runtime, {
    taskType: legalEscalationProcess.jobTypes.runSecondDueDiligence,
    inputSchema: runSecondDueDiligenceInputSchema,
    outputSchema: runSecondDueDiligenceOutputSchema,
    logger: deps.logger,
    audit: deps.audit,
    handler: async (input, job) => {
      const diligence = await deps.secondDueDiligences.run({ customerId: input.customerId, trigger: input.dueDiligenceTrigger, asOf: job.engineNow });
      return { secondDueDiligenceId: diligence.id };
    },
  });
}
