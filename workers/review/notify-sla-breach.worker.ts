import type { ZeebeGrpcClient } from '@camunda8/sdk/dist/zeebe';
import { z } from 'zod';
import { createZodJobWorker, type WorkerAudit } from '../../src/camunda/zod-job-worker';
import { notifySlaBreachInputSchema, reviewSlaJobTypes } from '../../src/contracts/review-sla.contract';
import type { ReviewEscalationRepository } from '../../src/db/review-escalation.repository';
import type { Logger } from '../../src/logger';

export function startNotifySlaBreachWorker(deps: { zeebe: ZeebeGrpcClient; escalations: ReviewEscalationRepository; logger: Logger; audit?: WorkerAudit }) {
  return createZodJobWorker(deps.zeebe, {
    taskType: reviewSlaJobTypes.notifySlaBreach,
    inputSchema: notifySlaBreachInputSchema,
    outputSchema: z.object({}),
    logger: deps.logger,
    audit: deps.audit,
    handler: async (input, job) => {
      await deps.escalations.record({ applicationId: input.applicationId, reviewLevel: input.reviewLevel, dueAt: input.dueAt, processInstanceKey: job.processInstanceKey });
      return {};
    },
  });
}
