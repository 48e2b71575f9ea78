import type { ZeebeGrpcClient } from '@camunda8/sdk/dist/zeebe';
import type { IOutputVariables } from '@camunda8/sdk/dist/zeebe/lib/interfaces-1.0';
import type { ZodType } from 'zod';
import { BusinessOutcomeError } from '../../src/camunda/zod-job-worker';
import * as contract from '../../src/contracts/credit-lifecycle.contract';

const { jobTypes, errors } = contract.creditLifecycleProcess;

/** How one test case's TEST workers behave, keyed by its applicationId. */
export interface LifecycleScenario {
  threeWayMismatch?: boolean;
}

export interface TestWorkerCall {
  jobType: string;
  processInstanceKey: string;
  input: Record<string, unknown>;
  output?: Record<string, unknown>;
  errorCode?: string;
}

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

  // every lifecycle job type has its real worker now, which the harness starts; none is served here
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
