import { createZodJobWorker, type WorkerAudit, type WorkerRuntime } from '../../src/engine/zod-external-task-worker';
import {
  collectMonitoringResultsInputSchema,
  collectMonitoringResultsOutputSchema,
  portfolioMonitoringProcess,
  recordMonitoringResultInputSchema,
  recordMonitoringResultOutputSchema,
} from '../../src/contracts/portfolio-monitoring.contract';
import type { DailyMonitoringResultRepository } from '../../src/db/daily-monitoring-result.repository';
import type { Logger } from '../../src/logger';

type ResultDeps = { runtime: WorkerRuntime; monitoringResults: DailyMonitoringResultRepository; logger: Logger; audit?: WorkerAudit };

/** Keeps one customer's result of the daily run by customer and business day, with the run (process instance) that wrote it. */
export function startRecordMonitoringResultWorker(deps: ResultDeps) {
  return createZodJobWorker(deps.runtime, {
    taskType: portfolioMonitoringProcess.jobTypes.recordMonitoringResult,
    inputSchema: recordMonitoringResultInputSchema,
    outputSchema: recordMonitoringResultOutputSchema,
    logger: deps.logger,
    audit: deps.audit,
    handler: async (input, job) => {
      await deps.monitoringResults.record({ ...input, monitoringRunId: job.processInstanceId });
      return {};
    },
  });
}

/** Reads back the results this run recorded: the run's monitoringResults, which the provision top-ups go through. */
export function startCollectMonitoringResultsWorker(deps: ResultDeps) {
  return createZodJobWorker(deps.runtime, {
    taskType: portfolioMonitoringProcess.jobTypes.collectMonitoringResults,
    inputSchema: collectMonitoringResultsInputSchema,
    outputSchema: collectMonitoringResultsOutputSchema,
    logger: deps.logger,
    audit: deps.audit,
    handler: async (_input, job) => ({
      monitoringResults: (await deps.monitoringResults.forRun(job.processInstanceId)).map(({ customerId, score, colour, warningLevel, provisionRate, openAmount, consequences }) => ({
        customerId, score, colour, warningLevel, provisionRate, openAmount, consequences,
      })),
    }),
  });
}
