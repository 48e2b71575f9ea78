import type { ZeebeGrpcClient } from '@camunda8/sdk/dist/zeebe';
import type { IOutputVariables, JSONDoc } from '@camunda8/sdk/dist/zeebe/lib/interfaces-1.0';
import type { ZodType } from 'zod';
import { payloadDigest } from '../audit/audit-chain';
import type { AuditEventRepository } from '../db/audit-event.repository';
import type { Logger } from '../logger';

/** A business outcome the model catches with a BPMN error boundary event. */
export class BusinessOutcomeError extends Error {
  override name = 'BusinessOutcomeError';
  constructor(
    readonly errorCode: string,
    message: string,
    readonly variables: JSONDoc = {},
  ) {
    super(message);
  }
}

/** A fault no retry can fix (the job names data we do not hold, or data that contradicts itself): an incident at once. */
export class IncidentError extends Error {
  override name = 'IncidentError';
}

export interface JobContext {
  key: string;
  processInstanceKey: string;
  retries: number;
  /** The engine's time when it handed out the job (its clock may be controlled, e.g. in tests). */
  engineNow: Date;
}

const jobTimeoutMs = 60_000;

/** Where every automated decision is appended (the hash-chained audit log); optional for tests of one worker. */
export type WorkerAudit = Pick<AuditEventRepository, 'append'>;

export interface ZodJobWorkerOptions<Input, Output> {
  taskType: string;
  inputSchema: ZodType<Input>;
  outputSchema: ZodType<Output>;
  handler: (input: Input, job: JobContext) => Promise<Output>;
  logger: Logger;
  audit?: WorkerAudit;
  maxJobsToActivate?: number;
}

const formatIssues = (issues: { path: PropertyKey[]; message: string }[]) =>
  issues.map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`).join('; ');

/** One audit row per decision: actor = the worker, target = the process instance, the job key as request id. */
function record<Input, Output>(options: ZodJobWorkerOptions<Input, Output>, job: { key: string; processInstanceKey: string }, result: string, data: unknown) {
  return options.audit?.append({
    actor: `worker:${options.taskType}`,
    role: 'worker',
    action: `job ${options.taskType}`,
    target: `process_instance/${job.processInstanceKey}`,
    requestId: `job/${job.key}`,
    payloadDigest: payloadDigest(JSON.stringify(data)),
    result,
  });
}

/**
 * A gRPC job worker whose input and output are checked against the contract's zod schemas.
 * Invalid input or output, or an IncidentError → incident (no retries) with a readable message;
 * BusinessOutcomeError → BPMN error; any other error → retry with back-off.
 */
export function createZodJobWorker<Input, Output>(zeebe: ZeebeGrpcClient, options: ZodJobWorkerOptions<Input, Output>) {
  const log = options.logger.child({ taskType: options.taskType });
  return zeebe.createWorker({
    taskType: options.taskType,
    maxJobsToActivate: options.maxJobsToActivate ?? 8,
    timeout: jobTimeoutMs,
    taskHandler: async (job) => {
      // The job's deadline is the engine's activation time plus the timeout we asked for.
      const engineNow = new Date(Number(job.deadline) - jobTimeoutMs);
      const jobInfo = { key: job.key, processInstanceKey: job.processInstanceKey, retries: job.retries, engineNow };
      const input = options.inputSchema.safeParse(job.variables);
      if (!input.success) {
        log.warn({ jobKey: job.key }, 'job input does not match the contract');
        return job.fail({ errorMessage: `Invalid input for ${options.taskType}: ${formatIssues(input.error.issues)}`, retries: 0 });
      }
      try {
        const output = options.outputSchema.safeParse(await options.handler(input.data, jobInfo));
        if (!output.success) {
          return job.fail({ errorMessage: `Worker ${options.taskType} produced invalid output: ${formatIssues(output.error.issues)}`, retries: 0 });
        }
        // recorded before the job completes: a decision that cannot be recorded is retried, not lost
        await record(options, job, 'COMPLETED', { input: input.data, output: output.data });
        log.info({ jobKey: job.key, processInstanceKey: job.processInstanceKey }, 'job completed');
        return job.complete(output.data as IOutputVariables);
      } catch (error) {
        if (error instanceof BusinessOutcomeError) {
          await record(options, job, `BPMN_ERROR:${error.errorCode}`, { input: input.data, variables: error.variables });
          log.info({ jobKey: job.key, errorCode: error.errorCode }, 'business outcome raised as BPMN error');
          return job.error({ errorCode: error.errorCode, errorMessage: error.message, variables: error.variables });
        }
        if (error instanceof IncidentError) {
          log.warn({ jobKey: job.key }, 'job raised an incident');
          return job.fail({ errorMessage: error.message, retries: 0 });
        }
        const retries = Math.max(job.retries - 1, 0);
        log.error({ jobKey: job.key, err: error, retriesLeft: retries }, 'job failed');
        return job.fail({ errorMessage: (error as Error).message, retries, retryBackOff: 5_000 * 2 ** Math.max(0, 2 - retries) });
      }
    },
  });
}
