import { createZodJobWorker, type WorkerAudit, type WorkerRuntime } from '../../src/engine/zod-external-task-worker';
import { portfolioMonitoringProcess, topUpProvisionInputSchema, topUpProvisionOutputSchema } from '../../src/contracts/portfolio-monitoring.contract';
import type { DailyMonitoringResultRepository } from '../../src/db/daily-monitoring-result.repository';
import type { Logger } from '../../src/logger';
import type { ProvisionTopUpService } from '../../src/monitoring/provision-top-up.service';

/** Tops up the customer's provision on the run's business day and keeps what was required and booked with the day's result. */
export function startTopUpProvisionWorker(deps: { runtime: WorkerRuntime; provisionTopUps: ProvisionTopUpService; monitoringResults: DailyMonitoringResultRepository; logger: Logger; audit?: WorkerAudit }) {
  return createZodJobWorker(deps.runtime, {
    taskType: portfolioMonitoringProcess.jobTypes.topUpProvision,
    inputSchema: topUpProvisionInputSchema,
    outputSchema: topUpProvisionOutputSchema,
    logger: deps.logger,
    audit: deps.audit,
    handler: async (input) => {
      const { requiredCents, topUpCents } = await deps.provisionTopUps.topUp({ customerId: input.customerId, rate: input.provisionRate, businessDay: input.businessDay });
      await deps.monitoringResults.recordProvision(input.customerId, input.businessDay, { requiredCents, topUpCents });
      return { provisionRequired: requiredCents / 100, provisionTopUp: topUpCents / 100 };
    },
  });
}
