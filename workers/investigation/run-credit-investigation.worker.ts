import { createZodJobWorker, type WorkerAudit, type WorkerRuntime } from '../../src/engine/zod-external-task-worker';
import { runCreditInvestigationInputSchema, runCreditInvestigationOutputSchema } from '../../src/contracts/investigation.contract';
import type { InvestigationService } from '../../src/investigation/investigation.service';
import type { Logger } from '../../src/logger';

export const runCreditInvestigationJobType = 'run-credit-investigation';

export function startRunCreditInvestigationWorker(deps: { runtime: WorkerRuntime; investigations: InvestigationService; logger: Logger; audit?: WorkerAudit }) {
  return createZodJobWorker(deps.runtime, {
    taskType: runCreditInvestigationJobType,
    inputSchema: runCreditInvestigationInputSchema,
    outputSchema: runCreditInvestigationOutputSchema,
    logger: deps.logger,
    audit: deps.audit,
    handler: async (input, job) => {
      const { id, report } = await deps.investigations.investigate({ ...input, asOf: job.engineNow });
      return {
        investigationReportId: id,
        checklistPassed: report.summary.checklistPassed,
        redFlagCount: report.summary.redFlagCount,
        warningCount: report.summary.warningCount,
        riskRadarFlags: [...new Set(report.riskRadar.map((flag) => flag.type))],
        relatedEnterpriseTaxIds: report.relatedEnterprises.map((enterprise) => enterprise.taxId),
      };
    },
  });
}
