import { toTypedVariables, type TypedVariables } from './variables';

export interface EngineCredentials {
  user: string;
  password: string;
}

export interface EngineClientOptions {
  /** The REST API's base, ending in /engine-rest. */
  restAddress: string;
  credentials: () => EngineCredentials;
  /** Per request; long polls pass their own. */
  timeoutMs?: number;
}

/** A refusal of the engine's REST API, with its HTTP status and the engine's exception type. */
export class EngineRestError extends Error {
  override name = 'EngineRestError';
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
    readonly request: string,
  ) {
    super(message);
  }
}

type Query = Record<string, string | number | boolean | undefined>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  form?: FormData;
  timeoutMs?: number;
  /** Another user than the service user (a person's own rights, e.g. in authorization tests). */
  as?: EngineCredentials;
  /** Aborts the request early (a long poll when its worker closes). */
  signal?: AbortSignal;
  /** A write the engine answers alike when it arrives twice (a deployment with duplicate filtering): asked once more like a read. */
  idempotent?: boolean;
}

/**
 * The one client of the Operaton REST API: HTTP basic authentication as the service user, JSON in
 * and out, a refusal becomes an EngineRestError naming the request. Typed helpers for what we use
 * live beside it (external tasks, history, …) and all go through `request`.
 */
export class EngineClient {
  constructor(private readonly options: EngineClientOptions) {}

  get restAddress(): string {
    return this.options.restAddress;
  }

  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const url = new URL(`${this.options.restAddress}${path}`);
    for (const [name, value] of Object.entries(options.query ?? {})) if (value !== undefined) url.searchParams.set(name, String(value));
    const credentials = options.as ?? this.options.credentials();
    const headers: Record<string, string> = {
      authorization: `Basic ${Buffer.from(`${credentials.user}:${credentials.password}`).toString('base64')}`,
      accept: 'application/json',
    };
    let body: string | FormData | undefined;
    if (options.form) body = options.form;
    else if (options.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
    const what = `${method} ${path}`;
    const send = () => {
      const timeout = AbortSignal.timeout(options.timeoutMs ?? this.options.timeoutMs ?? 30_000);
      return fetch(url, { method, headers, body, signal: options.signal ? AbortSignal.any([timeout, options.signal]) : timeout });
    };
    let response: Response;
    try {
      response = await send().catch((error: unknown) => {
        // a kept-alive connection the engine closed just as it was reused fails before any answer: a read
        // is asked once more on a new connection; a write is not (it may have arrived) unless arriving twice
        // changes nothing, nor a timeout or abort
        if ((method !== 'GET' && !options.idempotent) || isTimeoutOrAbort(error)) throw error;
        return send();
      });
    } catch (error) {
      throw new EngineRestError(0, 'Unreachable', `the engine at ${this.options.restAddress} did not answer ${what}: ${describeFetchError(error)}`, what);
    }
    const text = await response.text();
    if (!response.ok) {
      let type = 'HttpError';
      let message = text || response.statusText;
      try {
        const problem = JSON.parse(text) as { type?: string; message?: string };
        type = problem.type ?? type;
        message = problem.message ?? message;
      } catch {
        // not JSON: keep the text
      }
      throw new EngineRestError(response.status, type, `${what} answered ${response.status}: ${message}`, what);
    }
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /** The Authorization header of the service user, for requests that do not answer JSON (resource data). */
  authorizationHeader(): Record<string, string> {
    const credentials = this.options.credentials();
    return { authorization: `Basic ${Buffer.from(`${credentials.user}:${credentials.password}`).toString('base64')}` };
  }

  get<T>(path: string, query?: Query, as?: EngineCredentials): Promise<T> {
    return this.request<T>('GET', path, { query, as });
  }

  post<T>(path: string, body?: unknown, options: Omit<RequestOptions, 'body'> = {}): Promise<T> {
    return this.request<T>('POST', path, { ...options, body: body ?? {} });
  }

  // ---- processes -------------------------------------------------------------------------------

  /** Starts an instance of a definition: by id (an exact deployed version) or the latest by key. */
  startProcess(definition: { key: string } | { id: string }, start: { businessKey?: string; variables?: Record<string, unknown> }): Promise<ProcessInstanceDto> {
    const path = 'id' in definition ? `/process-definition/${encodeURIComponent(definition.id)}/start` : `/process-definition/key/${encodeURIComponent(definition.key)}/start`;
    return this.post<ProcessInstanceDto>(path, { businessKey: start.businessKey, variables: toTypedVariables(start.variables ?? {}) });
  }

  /** Cancels an instance and the instances its call activities started (no listeners, no output mappings run on the way out). */
  async deleteProcessInstance(id: string, reason?: string): Promise<void> {
    // a worker completing one of the instance's tasks at that moment wins the optimistic lock, or
    // PostgreSQL picks the delete as a deadlock's victim: both roll back whole, so try again
    // (the REST API records no delete reason)
    await retryOnConcurrencyConflict(() => this.request('DELETE', `/process-instance/${encodeURIComponent(id)}`, { query: { skipCustomListeners: true, skipIoMappings: true, skipSubprocesses: false, deleteReason: reason } }));
  }

  activityInstanceTree(processInstanceId: string): Promise<ActivityInstanceDto> {
    return this.get<ActivityInstanceDto>(`/process-instance/${encodeURIComponent(processInstanceId)}/activity-instances`);
  }

  /** Correlates a message to the executions waiting for it; answers which (an empty list when none waits and `all` is set). */
  correlateMessage(message: MessageCorrelation): Promise<MessageCorrelationResultDto[]> {
    return this.post<MessageCorrelationResultDto[]>('/message', {
      messageName: message.messageName,
      businessKey: message.businessKey,
      processInstanceId: message.processInstanceId,
      correlationKeys: message.correlationKeys ? toTypedVariables(message.correlationKeys) : undefined,
      processVariables: message.processVariables ? toTypedVariables(message.processVariables) : undefined,
      all: message.all ?? false,
      resultEnabled: true,
    });
  }

  // ---- user tasks ------------------------------------------------------------------------------

  tasks(query: Query): Promise<TaskDto[]> {
    return this.get<TaskDto[]>('/task', query);
  }

  async completeTask(taskId: string, variables: Record<string, unknown>, as?: EngineCredentials): Promise<void> {
    await this.request('POST', `/task/${encodeURIComponent(taskId)}/complete`, { body: { variables: toTypedVariables(variables) }, as });
  }

  async claimTask(taskId: string, userId: string, as?: EngineCredentials): Promise<void> {
    await this.request('POST', `/task/${encodeURIComponent(taskId)}/claim`, { body: { userId }, as });
  }

  // ---- jobs ------------------------------------------------------------------------------------

  jobs(query: Query): Promise<JobDto[]> {
    return this.get<JobDto[]>('/job', query);
  }

  async executeJob(jobId: string): Promise<void> {
    await this.post(`/job/${encodeURIComponent(jobId)}/execute`);
  }

  async setJobRetries(jobId: string, retries: number): Promise<void> {
    await this.request('PUT', `/job/${encodeURIComponent(jobId)}/retries`, { body: { retries } });
  }

  async setExternalTaskRetries(externalTaskId: string, retries: number): Promise<void> {
    await this.request('PUT', `/external-task/${encodeURIComponent(externalTaskId)}/retries`, { body: { retries } });
  }

  // ---- decisions -------------------------------------------------------------------------------

  /** Evaluates a deployed decision (by definition id, or the latest by key) with the given inputs. */
  evaluateDecision(decision: { key: string } | { id: string }, variables: Record<string, unknown>): Promise<Array<Record<string, { type: string; value: unknown }>>> {
    const path = 'id' in decision ? `/decision-definition/${encodeURIComponent(decision.id)}/evaluate` : `/decision-definition/key/${encodeURIComponent(decision.key)}/evaluate`;
    return this.post(path, { variables: toTypedVariables(variables) });
  }
}

export interface MessageCorrelation {
  messageName: string;
  businessKey?: string;
  /** Only this instance. */
  processInstanceId?: string;
  /** Process-instance variables the waiting instance must hold with these values. */
  correlationKeys?: Record<string, unknown>;
  processVariables?: Record<string, unknown>;
  all?: boolean;
}

export interface ProcessInstanceDto {
  id: string;
  definitionId: string;
  businessKey: string | null;
  ended: boolean;
  suspended: boolean;
}

export interface ActivityInstanceDto {
  id: string;
  activityId: string;
  activityType: string;
  activityName?: string | null;
  processInstanceId: string;
  processDefinitionId: string;
  parentActivityInstanceId: string | null;
  childActivityInstances: ActivityInstanceDto[];
  childTransitionInstances: Array<{ id: string; activityId: string; activityType: string; executionId: string }>;
  executionIds: string[];
  incidentIds?: string[];
}

export interface MessageCorrelationResultDto {
  resultType: 'Execution' | 'ProcessDefinition';
  processInstance?: ProcessInstanceDto | null;
  execution?: { id: string; processInstanceId: string } | null;
}

export interface TaskDto {
  id: string;
  name: string | null;
  assignee: string | null;
  created: string;
  due: string | null;
  followUp: string | null;
  description: string | null;
  executionId: string;
  priority: number;
  processDefinitionId: string;
  processInstanceId: string;
  taskDefinitionKey: string;
  formKey: string | null;
  operatonFormRef?: { key: string; binding: string; version: number | null } | null;
}

export interface JobDto {
  id: string;
  jobDefinitionId: string;
  processInstanceId: string;
  processDefinitionKey: string;
  executionId: string;
  exceptionMessage: string | null;
  failedActivityId: string | null;
  retries: number;
  dueDate: string | null;
  suspended: boolean;
}

export type { TypedVariables };

/** A conflict with a concurrent transaction that rolled the request back whole (optimistic lock, or the persistence layer's deadlock victim). */
export function isConcurrencyConflict(error: unknown): boolean {
  return error instanceof EngineRestError && error.status === 500 && /updated by another transaction concurrently|exception occurred in the persistence layer|deadlock detected/.test(error.message);
}

/**
 * Runs a request again when a concurrent transaction made the engine roll it back whole (up to five
 * tries, 100 ms more back-off each): e.g. a worker's completion colliding with a message delivered
 * to the same instance. Any other error, or the fifth conflict, is thrown.
 */
export async function retryOnConcurrencyConflict<T>(request: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await request();
    } catch (error) {
      if (!isConcurrencyConflict(error) || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

function isTimeoutOrAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

/** fetch's own message ("fetch failed") with the socket's reason it keeps as the cause (ECONNREFUSED, "other side closed"). */
function describeFetchError(error: unknown): string {
  const message = (error as Error).message;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const reason = cause?.code ?? cause?.message;
  return reason && reason !== message ? `${message} (${reason})` : message;
}
