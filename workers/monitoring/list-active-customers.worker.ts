import { createZodJobWorker, type WorkerAudit, type WorkerRuntime } from '../../src/engine/zod-external-task-worker';
import { listActiveCustomersInputSchema, listActiveCustomersOutputSchema, portfolioMonitoringProcess } from '../../src/contracts/portfolio-monitoring.contract';
import { businessDayOf } from '../../src/domain/calendar/business-day';
import type { Logger } from '../../src/logger';
import type { CustomerMonitoringService } from '../../src/monitoring/customer-monitoring.service';

/** The customers the daily run monitors, and its business day: the engine's day when it lists them. */
export function startListActiveCustomersWorker(deps: { runtime: WorkerRuntime; monitoring: CustomerMonitoringService; logger: Logger; audit?: WorkerAudit }) {
  return createZodJobWorker(deps.runtime, {
    taskType: portfolioMonitoringProcess.jobTypes.listActiveCustomers,
    inputSchema: listActiveCustomersInputSchema,
    outputSchema: listActiveCustomersOutputSchema,
    logger: deps.logger,
    audit: deps.audit,
    handler: async (_input, job) => ({ customers: (await deps.monitoring.activeCustomers()).map((customerId) => ({ customerId })), businessDay: businessDayOf(job.engineNow) }),
  });
}
