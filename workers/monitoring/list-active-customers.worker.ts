import type { ZeebeGrpcClient } from '@camunda8/sdk/dist/zeebe';
import { createZodJobWorker, type WorkerAudit } from '../../src/camunda/zod-job-worker';
import { listActiveCustomersInputSchema, listActiveCustomersOutputSchema, portfolioMonitoringProcess } from '../../src/contracts/portfolio-monitoring.contract';
import type { Logger } from '../../src/logger';
import type { CustomerMonitoringService } from '../../src/monitoring/customer-monitoring.service';

export function startListActiveCustomersWorker(deps: { zeebe: ZeebeGrpcClient; monitoring: CustomerMonitoringService; logger: Logger; audit?: WorkerAudit }) {
  return createZodJobWorker(deps.zeebe, {
    taskType: portfolioMonitoringProcess.jobTypes.listActiveCustomers,
    inputSchema: listActiveCustomersInputSchema,
    outputSchema: listActiveCustomersOutputSchema,
    logger: deps.logger,
    audit: deps.audit,
    handler: async () => ({ customers: (await deps.monitoring.activeCustomers()).map((customerId) => ({ customerId })) }),
  });
}
