import type { ZodType } from 'zod';
import { payloadDigest } from '../audit/audit-chain';
import type { AuditEventRepository } from '../db/audit-event.repository';
import type { Logger } from '../logger';
import { EngineRestError, retryOnConcurrencyConflict, type EngineClient } from './engine-client';
import type { ExternalTaskPoller, LockedExternalTask } from './external-task-poller';
import type { MappedOutputs } from './mapped-outputs';
import { fromTypedVariables, parseEngineDate, toTypedVariables } from './variables';

/** A business outcome the model catches with a BPMN error boundary event. */
export class BusinessOutcomeError extends Error {
  override name = 'BusinessOutcomeError';
  constructor(
    readonly errorCode: string,
    message: string,
    readonly variables: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** A fault no retry can fix (the task names data we do not hold, or data that contradicts itself): an incident at once. */
export class IncidentError extends Error {
  override name = 'IncidentError';
}

export interface JobContext {
  /** The external task's id. */
  taskId: string;
  processInstanceId: string;
  businessKey: string | null;
  /** Retries left before this attempt fails into an incident. */
  retries: number;
  /** The engine's time when it handed out the task (its clock may be controlled, e.g. in tests). */
  engineNow: Date;
}

/** Where every automated decision is appended (the hash-chained audit log); optional for tests of one worker. */
export type WorkerAudit = Pick<AuditEventRepository, 'append'>;

export interface WorkerRuntime {
  engine: EngineClient;
  poller: ExternalTaskPoller;
  /** Which activities map their results with output parameters (read from the deployed models). */
  outputs: MappedOutputs;
}

export interface ZodJobWorkerOptions<Input, Output> {
  /** The external task topic (the model's `camunda:topic`). */
  taskType: string;
  inputSchema: ZodType<Input>;
  outputSchema: ZodType<Output>;
  handler: (input: Input, job: JobContext) => Promise<Output>;
  logger: Logger;
  audit?: WorkerAudit;
  /** Long work (OCR) may take a while: the lock is extended every half of it while the handler runs. */
  lockDurationMs?: number;
  /** At most this many of these tasks at once in this process (CPU-bound work). */
  maxConcurrent?: number;
}

export const defaultRetries = 3;
const defaultLockMs = 60_000;

const formatIssues = (issues: { path: PropertyKey[]; message: string }[]) =>
  issues.map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`).join('; ');

/** Back-off before the next attempt: 5 s, 10 s, 20 s … as the retries run out. */
export const retryBackOffMs = (retriesLeft: number) => 5_000 * 2 ** Math.max(0, defaultRetries - 1 - retriesLeft);

/**
 * An external-task worker whose input and output are checked against the contract's zod schemas.
 * Invalid input or output, or an IncidentError → incident at once (retries 0) with a readable message;
 * BusinessOutcomeError → BPMN error; any other error → failure with retries and back-off, an incident
 * when they are spent. The audit row is written before the task completes.
 */
export function createZodJobWorker<Input, Output>(runtime: WorkerRuntime, options: ZodJobWorkerOptions<Input, Output>) {
  const log = options.logger.child({ taskType: options.taskType });
  const lockDurationMs = options.lockDurationMs ?? defaultLockMs;
  const { engine } = runtime;
  const workerId = runtime.poller.workerId;

  const record = (task: LockedExternalTask, result: string, data: unknown) =>
    options.audit?.append({
      actor: `worker:${options.taskType}`,
      role: 'worker',
      action: `job ${options.taskType}`,
      target: `process_instance/${task.processInstanceId}`,
      requestId: `job/${task.id}`,
      payloadDigest: payloadDigest(JSON.stringify(data)),
      result,
    });

  const fail = (task: LockedExternalTask, errorMessage: string, retries: number, retryTimeout = 0) =>
    engine.post(`/external-task/${task.id}/failure`, { workerId, errorMessage: errorMessage.slice(0, 3900), retries, retryTimeout });

  /** The instance was cancelled, or the task completed by an earlier delivery or locked by another worker meanwhile: nothing left to do here. */
  const isGone = (error: unknown) => {
    if (!(error instanceof EngineRestError && error.status === 404)) return false;
    log.warn({ err: error.message }, 'task no longer ours');
    return true;
  };

  const handle = async (task: LockedExternalTask): Promise<void> => {
    const retries = task.retries ?? defaultRetries;
    const context: JobContext = {
      taskId: task.id,
      processInstanceId: task.processInstanceId,
      businessKey: task.businessKey,
      retries,
      engineNow: new Date(parseEngineDate(task.lockExpirationTime) - lockDurationMs),
    };
    const input = options.inputSchema.safeParse(fromTypedVariables(task.variables));
    if (!input.success) {
      log.warn({ externalTaskId: task.id }, 'task input does not match the contract');
      await fail(task, `Invalid input for ${options.taskType}: ${formatIssues(input.error.issues)}`, 0);
      return;
    }
    const keepLock = setInterval(() => {
      engine.post(`/external-task/${task.id}/extendLock`, { workerId, newDuration: lockDurationMs }).catch((error) => log.warn({ err: error, externalTaskId: task.id }, 'extending the lock failed'));
    }, lockDurationMs / 2);
    try {
      const output = options.outputSchema.safeParse(await options.handler(input.data, context));
      if (!output.success) {
        await fail(task, `Worker ${options.taskType} produced invalid output: ${formatIssues(output.error.issues)}`, 0);
        return;
      }
      // recorded before the task completes: a decision that cannot be recorded is retried, not lost
      await record(task, 'COMPLETED', { input: input.data, output: output.data });
      const result = toTypedVariables(output.data as Record<string, unknown>);
      const local = await runtime.outputs.resultIsLocal(task.processDefinitionId, task.activityId);
      // the work is done and recorded: a completion that collided with another transaction on the instance is sent again, not redone
      await retryOnConcurrencyConflict(() => engine.post(`/external-task/${task.id}/complete`, { workerId, ...(local ? { localVariables: result } : { variables: result }) }));
      log.info({ externalTaskId: task.id, processInstanceId: task.processInstanceId }, 'task completed');
    } catch (error) {
      if (isGone(error)) return;
      if (error instanceof BusinessOutcomeError) {
        await record(task, `BPMN_ERROR:${error.errorCode}`, { input: input.data, variables: error.variables });
        log.info({ externalTaskId: task.id, errorCode: error.errorCode }, 'business outcome raised as BPMN error');
        await retryOnConcurrencyConflict(() => engine.post(`/external-task/${task.id}/bpmnError`, { workerId, errorCode: error.errorCode, errorMessage: error.message, variables: toTypedVariables(error.variables) }))
          .catch((raised: unknown) => {
            if (!isGone(raised)) throw raised;
          });
        return;
      }
      if (error instanceof IncidentError) {
        log.warn({ externalTaskId: task.id }, 'task raised an incident');
        await fail(task, error.message, 0);
        return;
      }
      const retriesLeft = Math.max(retries - 1, 0);
      log.error({ externalTaskId: task.id, err: error, retriesLeft }, 'task failed');
      await fail(task, (error as Error).message || String(error), retriesLeft, retriesLeft > 0 ? retryBackOffMs(retriesLeft) : 0);
    } finally {
      clearInterval(keepLock);
    }
  };

  return runtime.poller.subscribe({ topicName: options.taskType, lockDurationMs, handler: handle, maxConcurrent: options.maxConcurrent });
}
