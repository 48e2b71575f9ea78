import { createZodJobWorker, type WorkerAudit, type WorkerRuntime } from '../../src/engine/zod-external-task-worker';
import { portfolioMonitoringProcess, topUpProvisionInputSchema, topUpProvisionOutputSchema } from '../../src/contracts/portfolio-monitoring.contract';
import { businessDayOf } from '../../src/domain/calendar/business-day';
import type { Logger } from '../../src/logger';
import type { ProvisionTopUpService } from '../../src/monitoring/provision-top-up.service';

export function startTopUpProvisionWorker(deps: { runtime: WorkerRuntime; provisionTopUps: ProvisionTopUpService; logger: Logger; audit?: WorkerAudit }) {
  return createZodJobWorker(deps.runtime, {
    taskType: portfolioMonitoringProcess.jobTypes.topUpProvision,
    inputSchema: topUpProvisionInputSchema,
    outputSchema: topUpProvisionOutputSchema,
    logger: deps.logger,
    audit: deps.audit,
    handler: async (input, job) => {
      const { requiredCents, topUpCents } = await deps.provisionTopUps.topUp({ customerId: input.customerId, rate: input.provisionRate, businessDay: businessDayOf(job.engineNow) });
      return { provisionRequired: requiredCents / 100, provisionTopUp: topUpCents / 100 };
    },
  });
}
