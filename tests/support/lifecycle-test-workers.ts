import type { ZeebeGrpcClient } from '@camunda8/sdk/dist/zeebe';
import type { IOutputVariables, JSONDoc } from '@camunda8/sdk/dist/zeebe/lib/interfaces-1.0';
import type { ZodType } from 'zod';
import { randomUUID } from 'node:crypto';
import { BusinessOutcomeError } from '../../src/camunda/zod-job-worker';
import * as contract from '../../src/contracts/credit-lifecycle.contract';

const { jobTypes, errors } = contract.creditLifecycleProcess;

/** How one test case's TEST workers behave, keyed by its applicationId. */
export interface LifecycleScenario {
  extraction?: 'confident' | 'low-confidence';
  score?: number;
}

export interface TestWorkerCall {
  jobType: string;
  processInstanceKey: string;
  input: Record<string, unknown>;
  output?: Record<string, unknown>;
  errorCode?: string;
}

const documentData = (input: { taxId: string }) => ({
  companyName: 'Ningbo Test Bearings Co., Ltd.', taxId: input.taxId, fiscalYear: 2025,
  revenue: 48_000_000, netProfit: 3_100_000, totalAssets: 52_000_000, totalLiabilities: 21_000_000,
});

/**
 * TEST workers for the lifecycle's job types whose real workers belong to the workers issue (and
 * for the two review job types served on main). Each validates its input, output and BPMN-error
 * variables with the contract's zod schemas; invalid data becomes an incident the test sees. Jobs
 * of other process definitions (`<bpmnProcessId>@<version>` not in `ownDefinitions`) on the shared
 * test engine are handed back untouched.
 */
export function startLifecycleTestWorkers(zeebe: ZeebeGrpcClient, ownDefinitions: ReadonlySet<string>) {
  const scenarios = new Map<string, LifecycleScenario>();
  const calls: TestWorkerCall[] = [];
  const scenarioOf = (applicationId: string) => scenarios.get(applicationId) ?? {};
  const workers: Array<{ close(): Promise<unknown> }> = [];

  function serve<Input, Output>(
    jobType: string,
    inputSchema: ZodType<Input>,
    outputSchema: ZodType<Output>,
    handler: (input: Input) => Promise<Output> | Output,
    errorVariableSchemas: Record<string, ZodType> = {},
  ) {
    workers.push(
      zeebe.createWorker({
        taskType: jobType,
        maxJobsToActivate: 16,
        timeout: 30_000,
        pollInterval: 100,
        taskHandler: async (job) => {
          if (!ownDefinitions.has(`${job.bpmnProcessId}@${job.processDefinitionVersion}`)) {
            return job.fail({ errorMessage: 'not a credit-lifecycle test instance: left for its own worker', retries: job.retries, retryBackOff: 1_000 });
          }
          const record: TestWorkerCall = { jobType, processInstanceKey: String(job.processInstanceKey), input: job.variables as Record<string, unknown> };
          calls.push(record);
          const input = inputSchema.safeParse(job.variables);
          if (!input.success) return job.fail({ errorMessage: `TEST worker ${jobType}: input breaks the contract: ${input.error.message}`, retries: 0 });
          try {
            const output = outputSchema.parse(await handler(input.data)) as Record<string, unknown>;
            record.output = output;
            return job.complete(output as IOutputVariables);
          } catch (error) {
            if (error instanceof BusinessOutcomeError) {
              const variables = errorVariableSchemas[error.errorCode]?.safeParse(error.variables);
              if (!variables?.success) return job.fail({ errorMessage: `TEST worker ${jobType}: error ${error.errorCode} is not in the contract or its variables break it`, retries: 0 });
              record.errorCode = error.errorCode;
              return job.error({ errorCode: error.errorCode, errorMessage: error.message, variables: error.variables });
            }
            return job.fail({ errorMessage: `TEST worker ${jobType}: ${(error as Error).message}`, retries: 0 });
          }
        },
      }),
    );
  }

  serve(jobTypes.runPreliminaryInvestigation, contract.runPreliminaryInvestigationInputSchema, contract.runPreliminaryInvestigationOutputSchema, (input) => ({
    preliminaryReport: {
      registeredName: input.customerName, registryStatus: 'ACTIVE' as const, establishedOn: '2012-05-08', registeredCapital: 20_000_000,
      sourcesChecked: ['registry', 'credit-bureau'],
      summary: input.mismatchNote ? `Collected again after sales' note: ${input.mismatchNote}` : 'Registered, active, no court records found.',
      collectedAt: new Date().toISOString(),
    },
  }));
  serve(jobTypes.runCreditInvestigation, contract.runCreditInvestigationInputSchema, contract.runCreditInvestigationOutputSchema, () => ({
    investigationReportId: randomUUID(), checklistPassed: true, redFlagCount: 0, warningCount: 1, riskRadarFlags: [], relatedEnterpriseTaxIds: [],
  }));
  serve(jobTypes.extractDocuments, contract.extractDocumentsInputSchema, contract.extractDocumentsOutputSchema, (input) => {
    if (scenarioOf(input.applicationId).extraction === 'low-confidence') {
      const { revenue: _unreadable, ...readable } = documentData(input);
      throw new BusinessOutcomeError(errors.lowConfidenceExtraction, 'revenue and net profit read below the confidence threshold', {
        extractedDocumentData: { ...readable, netProfit: 310_000 }, lowConfidenceFields: ['revenue', 'netProfit'],
      } as JSONDoc);
    }
    return { documentData: documentData(input), documentDataSource: 'OCR' as const, extractionConfidence: 0.97 };
  }, { [errors.lowConfidenceExtraction]: contract.lowConfidenceExtractionVariablesSchema });
  serve(jobTypes.scoreCustomer, contract.scoreCustomerInputSchema, contract.scoreCustomerOutputSchema, (input) => ({
    score: scenarioOf(input.applicationId).score ?? 85, reasonCodes: ['STABLE_PAYMENT_HISTORY'], modelVersion: 'test-model-1',
  }));
  // compute-sla-deadline and notify-sla-breach have real workers (workers/review/), which the harness starts

  return {
    /** Sets how this case's TEST workers behave. */
    scenario: (applicationId: string, scenario: LifecycleScenario) => void scenarios.set(applicationId, scenario),
    /** Jobs this process instance's TEST workers handled, oldest first. */
    callsOf: (processInstanceKey: string, jobType?: string) =>
      calls.filter((call) => call.processInstanceKey === processInstanceKey && (jobType === undefined || call.jobType === jobType)),
    close: async () => {
      await Promise.all(workers.map((worker) => worker.close()));
    },
  };
}
export type LifecycleTestWorkers = ReturnType<typeof startLifecycleTestWorkers>;
