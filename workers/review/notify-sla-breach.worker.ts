import { z } from 'zod';
import { createZodJobWorker, type WorkerAudit, type WorkerRuntime } from '../../src/engine/zod-external-task-worker';
import { notifySlaBreachInputSchema, reviewSlaJobTypes } from '../../src/contracts/review-sla.contract';
import type { ReviewEscalationRepository } from '../../src/db/review-escalation.repository';
import type { Logger } from '../../src/logger';

export function startNotifySlaBreachWorker(deps: { runtime: WorkerRuntime; escalations: ReviewEscalationRepository; logger: Logger; audit?: WorkerAudit }) {
  return createZodJobWorker(deps.runtime, {
    taskType: reviewSlaJobTypes.notifySlaBreach,
    inputSchema: notifySlaBreachInputSchema,
    outputSchema: z.object({}),
    logger: deps.logger,
    audit: deps.audit,
    handler: async (input, job) => {
      await deps.escalations.record({ applicationId: input.applicationId, reviewLevel: input.reviewLevel, dueAt: input.dueAt, processInstanceKey: job.processInstanceId });
      return {};
    },
  });
}
