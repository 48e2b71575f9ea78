import type { ZeebeGrpcClient } from '@camunda8/sdk/dist/zeebe';
import { createZodJobWorker, type WorkerAudit } from '../../src/camunda/zod-job-worker';
import { portfolioMonitoringProcess, topUpProvisionInputSchema, topUpProvisionOutputSchema } from '../../src/contracts/portfolio-monitoring.contract';
import { businessDayOf } from '../../src/domain/calendar/business-day';
import type { Logger } from '../../src/logger';
import type { ProvisionTopUpService } from '../../src/monitoring/provision-top-up.service';

export function startTopUpProvisionWorker(deps: { zeebe: ZeebeGrpcClient; provisionTopUps: ProvisionTopUpService; logger: Logger; audit?: WorkerAudit }) {
  return createZodJobWorker(deps.zeebe, {
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
