import type { ZeebeGrpcClient } from '@camunda8/sdk/dist/zeebe';
import { createZodJobWorker, type WorkerAudit } from '../../src/camunda/zod-job-worker';
import { legalEscalationProcess, runSecondDueDiligenceInputSchema, runSecondDueDiligenceOutputSchema } from '../../src/contracts/legal-escalation.contract';
import type { SecondDueDiligenceService } from '../../src/legal/second-due-diligence.service';
import type { Logger } from '../../src/logger';

export function startRunSecondDueDiligenceWorker(deps: { zeebe: ZeebeGrpcClient; secondDueDiligences: SecondDueDiligenceService; logger: Logger; audit?: WorkerAudit }) {
  return createZodJobWorker(deps.zeebe, {
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
