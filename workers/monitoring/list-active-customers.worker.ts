import { createZodJobWorker, type WorkerAudit, type WorkerRuntime } from '../../src/engine/zod-external-task-worker';
import { listActiveCustomersInputSchema, listActiveCustomersOutputSchema, portfolioMonitoringProcess } from '../../src/contracts/portfolio-monitoring.contract';
import type { Logger } from '../../src/logger';
import type { CustomerMonitoringService } from '../../src/monitoring/customer-monitoring.service';

export function startListActiveCustomersWorker(deps: { runtime: WorkerRuntime; monitoring: CustomerMonitoringService; logger: Logger; audit?: WorkerAudit }) {
  return createZodJobWorker(deps.runtime, {
    taskType: portfolioMonitoringProcess.jobTypes.listActiveCustomers,
    inputSchema: listActiveCustomersInputSchema,
    outputSchema: listActiveCustomersOutputSchema,
    logger: deps.logger,
    audit: deps.audit,
    handler: async () => ({ customers: (await deps.monitoring.activeCustomers()).map((customerId) => ({ customerId })) }),
  });
}
