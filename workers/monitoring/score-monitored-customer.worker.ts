import { createZodJobWorker, type WorkerAudit, type WorkerRuntime } from '../../src/engine/zod-external-task-worker';
import { portfolioMonitoringProcess, scoreCustomerInputSchema, scoreCustomerOutputSchema } from '../../src/contracts/portfolio-monitoring.contract';
import { businessDayOf } from '../../src/domain/calendar/business-day';
import type { Logger } from '../../src/logger';
import type { CustomerMonitoringService } from '../../src/monitoring/customer-monitoring.service';

export function startScoreMonitoredCustomerWorker(deps: { runtime: WorkerRuntime; monitoring: CustomerMonitoringService; logger: Logger; audit?: WorkerAudit }) {
  return createZodJobWorker(deps.runtime, {
    taskType: portfolioMonitoringProcess.jobTypes.scoreCustomer,
    inputSchema: scoreCustomerInputSchema,
    outputSchema: scoreCustomerOutputSchema,
    logger: deps.logger,
    audit: deps.audit,
    handler: async (input, job) => {
      const { score, scoreModelVersion, exposure } = await deps.monitoring.score(input.customerId, businessDayOf(job.engineNow));
      return {
        score,
        scoreModelVersion,
        exposure: {
          openAmount: exposure.openAmountCents / 100,
          daysOverdue: exposure.daysOverdue,
          termElapsedRatio: exposure.termElapsedRatio,
          // nothing fell due in the window: no sign of slow collection (the score counts it as no history)
          collectionRate: exposure.collectionRate ?? 1,
          turnoverDropRatio: exposure.turnoverDropRatio,
        },
      };
    },
  });
}
