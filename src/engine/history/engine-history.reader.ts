import type { EngineClient, TaskDto } from '../engine-client';
import { fromTypedValue, parseEngineDate, type TypedValue } from '../variables';
import type { ExternalTaskLogView, JobLogView, OperationView, UserTaskHistoryView } from './engine-history.views';

export type { ExternalTaskLogView, JobLogView, OperationView, UserTaskHistoryView } from './engine-history.views';

/** The engine's answer dates (…+0000) as ISO strings. */
export const isoOf = (engineDate: string | null | undefined): string | null => (engineDate ? new Date(parseEngineDate(engineDate)).toISOString() : null);

export type InstanceState = 'ACTIVE' | 'SUSPENDED' | 'COMPLETED' | 'EXTERNALLY_TERMINATED' | 'INTERNALLY_TERMINATED';

export interface InstanceView {
  processInstanceId: string;
  /** The BPMN process id. */
  processId: string;
  processDefinitionId: string;
  version: number;
  businessKey: string | null;
  /** The instance whose call activity started this one. */
  superProcessInstanceId: string | null;
  startedAt: string;
  endedAt: string | null;
  state: InstanceState;
  /** The end event it ended in, when it completed. */
  endActivityId: string | null;
  /** The engine user who started it (the service user for the API). */
  startedBy: string | null;
  /** Why it was cancelled (e.g. "withdrawn"), when it was. */
  deleteReason: string | null;
}

export interface ActivityView {
  activityInstanceId: string;
  elementId: string;
  elementName: string | null;
  /** Operaton's activity type: userTask, serviceTask, exclusiveGateway, callActivity, boundaryTimer … */
  elementType: string;
  parentActivityInstanceId: string | null;
  startedAt: string;
  endedAt: string | null;
  canceled: boolean;
  /** Set on a call activity: the instance it started. */
  calledProcessInstanceId: string | null;
  taskId: string | null;
  assignee: string | null;
}

export interface UserTaskView {
  taskId: string;
  elementId: string;
  name: string | null;
  processInstanceId: string;
  processDefinitionId: string;
  /** The linked Camunda Form's id. */
  formKey: string | null;
  assignee: string | null;
  candidateGroups: string[];
  dueDate: string | null;
  followUpDate: string | null;
  priority: number;
  createdAt: string;
}

export interface IncidentView {
  incidentId: string;
  elementId: string;
  incidentType: string;
  message: string;
  createdAt: string;
  open: boolean;
  /** When it was resolved or deleted. */
  endedAt: string | null;
}

export interface VariableUpdateView {
  name: string;
  value: unknown;
  /** True for the instance's own variables; false for a variable local to an inner scope (a task's form fields, a mapping's input). */
  processLevel: boolean;
  /** The execution whose scope holds the variable (the process instance id for the instance's own). */
  scopeExecutionId: string;
  /** The activity instance in which the update happened (a task's completion, a mapping, the start). */
  activityInstanceId: string;
  /** The engine command that made the update (one task completion, one start …). */
  operationId: string | null;
  at: string;
  revision: number;
}

export interface DecisionInstanceView {
  decisionInstanceId: string;
  decisionId: string;
  decisionDefinitionId: string;
  /** The deployed version of the decision that decided. */
  decisionVersion: number;
  elementId: string | null;
  /** The business rule task's activity instance. */
  activityInstanceId: string | null;
  evaluatedAt: string;
  rootDecisionInstanceId: string | null;
  inputs: Array<{ clauseId: string; clauseName: string | null; value: unknown }>;
  outputs: Array<{ clauseId: string; clauseName: string | null; variableName: string; ruleId: string; ruleOrder: number; value: unknown }>;
}

interface HistoricProcessInstanceDto {
  id: string;
  processDefinitionKey: string;
  processDefinitionId: string;
  processDefinitionVersion: number;
  businessKey: string | null;
  superProcessInstanceId: string | null;
  startTime: string;
  endTime: string | null;
  state: InstanceState;
  /** Not in Operaton's answer: filled from the activity instances (withEndActivities). */
  endActivityId?: string | null;
  startUserId: string | null;
  deleteReason: string | null;
}

interface HistoricActivityInstanceDto {
  id: string;
  processInstanceId: string;
  activityId: string;
  activityName: string | null;
  activityType: string;
  parentActivityInstanceId: string | null;
  startTime: string;
  endTime: string | null;
  canceled: boolean;
  calledProcessInstanceId: string | null;
  taskId: string | null;
  assignee: string | null;
}

const instanceView = (dto: HistoricProcessInstanceDto): InstanceView => ({
  processInstanceId: dto.id,
  processId: dto.processDefinitionKey,
  processDefinitionId: dto.processDefinitionId,
  version: dto.processDefinitionVersion,
  businessKey: dto.businessKey,
  superProcessInstanceId: dto.superProcessInstanceId,
  startedAt: isoOf(dto.startTime) as string,
  endedAt: isoOf(dto.endTime),
  state: dto.state,
  endActivityId: dto.endActivityId ?? null,
  startedBy: dto.startUserId,
  deleteReason: dto.deleteReason,
});

export interface InstanceSearch {
  processId?: string;
  businessKey?: string;
  startedAfter?: Date;
  startedBefore?: Date;
  outcome?: 'active' | 'completed' | 'terminated' | 'incident';
  superProcessInstanceId?: string;
  rootOnly?: boolean;
  maxResults?: number;
}

const engineDateOf = (date: Date) => date.toISOString().replace('Z', '+0000');
/** Time order; within one millisecond, the engine's own sequence. */
const byTimeThenOccurrence = (timeField: string) => [{ sortBy: timeField, sortOrder: 'asc' }, { sortBy: 'occurrence', sortOrder: 'asc' }];
/** Ids per POST query of instances. */
const idBatch = 200;

interface HistoricIncidentDto {
  id: string;
  processInstanceId: string;
  activityId: string;
  incidentType: string;
  incidentMessage: string;
  createTime: string;
  endTime: string | null;
  open: boolean;
}

const incidentView = (row: HistoricIncidentDto): IncidentView => ({
  incidentId: row.id, elementId: row.activityId, incidentType: row.incidentType, message: row.incidentMessage,
  createdAt: isoOf(row.createTime) as string, open: row.open, endedAt: isoOf(row.endTime),
});

/**
 * The one reader of the engine's history (and of what runs now, where history has no answer):
 * instances, the activities they passed, user tasks, variables, incidents, decisions — each question
 * one query of Operaton's REST API.
 */
export class EngineHistoryReader {
  constructor(private readonly engine: EngineClient) {}

  async instance(processInstanceId: string): Promise<InstanceView | undefined> {
    const [found] = await this.withEndActivities(await this.engine.get<HistoricProcessInstanceDto[]>('/history/process-instance', { processInstanceId }));
    return found;
  }

  /**
   * Views of history rows, with the end event each completed one ended in: Operaton's historic
   * process instance names only its start activity, so the end is the instance's last end event.
   */
  private async withEndActivities(rows: HistoricProcessInstanceDto[]): Promise<InstanceView[]> {
    return Promise.all(rows.map(async (row) => {
      if (row.state !== 'COMPLETED' && row.state !== 'INTERNALLY_TERMINATED') return instanceView(row);
      const ended = await this.engine.get<HistoricActivityInstanceDto[]>('/history/activity-instance', { processInstanceId: row.id, finished: true, sortBy: 'endTime', sortOrder: 'desc', maxResults: 50 });
      const end = ended.find((activity) => activity.activityType.endsWith('EndEvent') && activity.parentActivityInstanceId === row.id && !activity.canceled);
      return instanceView({ ...row, endActivityId: end?.activityId ?? null });
    }));
  }

  /** Instances newest first. */
  async searchInstances(search: InstanceSearch): Promise<InstanceView[]> {
    const rows = await this.engine.get<HistoricProcessInstanceDto[]>('/history/process-instance', {
      processDefinitionKey: search.processId,
      processInstanceBusinessKey: search.businessKey,
      startedAfter: search.startedAfter ? engineDateOf(search.startedAfter) : undefined,
      startedBefore: search.startedBefore ? engineDateOf(search.startedBefore) : undefined,
      active: search.outcome === 'active' ? true : undefined,
      completed: search.outcome === 'completed' ? true : undefined,
      externallyTerminated: search.outcome === 'terminated' ? true : undefined,
      incidentStatus: search.outcome === 'incident' ? 'open' : undefined,
      superProcessInstanceId: search.superProcessInstanceId,
      rootProcessInstances: search.rootOnly ? true : undefined,
      sortBy: 'startTime',
      sortOrder: 'desc',
      maxResults: search.maxResults ?? 200,
    });
    return this.withEndActivities(rows);
  }

  /** Instances started by the instance's call activities, oldest first. */
  async calledInstances(processInstanceId: string): Promise<InstanceView[]> {
    const rows = await this.engine.get<HistoricProcessInstanceDto[]>('/history/process-instance', { superProcessInstanceId: processInstanceId, sortBy: 'startTime', sortOrder: 'asc' });
    return rows.map(instanceView);
  }

  /** Those of the given instances that have ended (completed or cancelled), read in batches. */
  async endedInstances(processInstanceIds: readonly string[]): Promise<InstanceView[]> {
    const ended: InstanceView[] = [];
    for (let start = 0; start < processInstanceIds.length; start += idBatch) {
      const batch = processInstanceIds.slice(start, start + idBatch);
      const rows = await this.engine.post<HistoricProcessInstanceDto[]>('/history/process-instance', { processInstanceIds: batch, finished: true }, { query: { maxResults: batch.length } });
      ended.push(...(await this.withEndActivities(rows)));
    }
    return ended;
  }

  /** Root instances (of one process, or of any) that have not ended. */
  async unfinishedRootInstances(processId?: string): Promise<string[]> {
    const rows = await this.engine.get<HistoricProcessInstanceDto[]>('/history/process-instance', { processDefinitionKey: processId, unfinished: true, rootProcessInstances: true });
    return rows.map((row) => row.id);
  }

  /** Every activity instance of the instance (its own scope and sub-processes), in the order they started. */
  async activities(processInstanceId: string): Promise<ActivityView[]> {
    // start time first, then the engine's sequence within one millisecond
    const rows = await this.engine.post<HistoricActivityInstanceDto[]>('/history/activity-instance', { processInstanceId, sorting: byTimeThenOccurrence('startTime') });
    return rows.map((row) => ({
      activityInstanceId: row.id,
      elementId: row.activityId,
      elementName: row.activityName,
      elementType: row.activityType,
      parentActivityInstanceId: row.parentActivityInstanceId,
      startedAt: isoOf(row.startTime) as string,
      endedAt: isoOf(row.endTime),
      canceled: row.canceled,
      calledProcessInstanceId: row.calledProcessInstanceId,
      taskId: row.taskId,
      assignee: row.assignee,
    }));
  }

  /** Ids of the elements that completed (not cancelled), in the order they started. */
  async completedElementIds(processInstanceId: string): Promise<string[]> {
    return (await this.activities(processInstanceId)).filter((activity) => activity.endedAt !== null && !activity.canceled).map((activity) => activity.elementId);
  }

  /** Elements running now (started, not ended). */
  async activeElements(processInstanceId: string): Promise<ActivityView[]> {
    return (await this.activities(processInstanceId)).filter((activity) => activity.endedAt === null);
  }

  /** Open user tasks of the instance, oldest first, with their candidate groups. */
  async openUserTasks(processInstanceId: string): Promise<UserTaskView[]> {
    const tasks = await this.engine.tasks({ processInstanceId, sortBy: 'created', sortOrder: 'asc' });
    return Promise.all(tasks.map((task) => this.userTaskView(task)));
  }

  async userTaskView(task: TaskDto): Promise<UserTaskView> {
    const links = await this.engine.get<Array<{ groupId: string | null; type: string }>>(`/task/${task.id}/identity-links`, { type: 'candidate' });
    return {
      taskId: task.id,
      elementId: task.taskDefinitionKey,
      name: task.name,
      processInstanceId: task.processInstanceId,
      processDefinitionId: task.processDefinitionId,
      formKey: task.operatonFormRef?.key ?? task.formKey ?? null,
      assignee: task.assignee,
      candidateGroups: links.flatMap((link) => (link.groupId ? [link.groupId] : [])),
      dueDate: isoOf(task.due),
      followUpDate: isoOf(task.followUp),
      priority: task.priority,
      createdAt: isoOf(task.created) as string,
    };
  }

  /** The latest value of each variable of the instance's own scope (or of the activity instance `scopeId`). */
  async variables(processInstanceId: string, scopeId = processInstanceId): Promise<Record<string, unknown>> {
    const rows = await this.engine.get<Array<TypedValue & { name: string; activityInstanceId: string; state: string }>>('/history/variable-instance', {
      processInstanceId, deserializeValues: false,
    });
    return Object.fromEntries(rows.filter((row) => row.activityInstanceId === scopeId && row.state !== 'DELETED').map((row) => [row.name, fromTypedValue(row)]));
  }

  /** Every update of every variable of the instance (its own and inner scopes'), in the order they happened. */
  async variableUpdates(processInstanceId: string): Promise<VariableUpdateView[]> {
    // a detail row's `type` is the detail's (variableUpdate); the value's type is `variableType`
    const rows = await this.engine.post<Array<{ variableName: string; variableType: string; value: unknown; valueInfo?: Record<string, unknown>; activityInstanceId: string; executionId: string; userOperationId: string | null; time: string; revision: number }>>(
      '/history/detail', { processInstanceId, variableUpdates: true, sorting: byTimeThenOccurrence('time') }, { query: { deserializeValues: false } },
    );
    return rows.map((row) => ({
      name: row.variableName, value: fromTypedValue({ type: row.variableType, value: row.value, valueInfo: row.valueInfo }), processLevel: row.executionId === processInstanceId, scopeExecutionId: row.executionId,
      activityInstanceId: row.activityInstanceId, operationId: row.userOperationId, at: isoOf(row.time) as string, revision: row.revision,
    }));
  }

  /**
   * Every value the instance's OWN variable `name` took, oldest first (a local of the same name in a
   * task or sub-process is another variable). A history detail names the activity where the update
   * happened, not the variable's scope, so the variable is found first.
   */
  async variableHistory(processInstanceId: string, name: string): Promise<unknown[]> {
    const [own] = (await this.engine.get<Array<{ id: string; activityInstanceId: string }>>('/history/variable-instance', { processInstanceId, variableName: name, deserializeValues: false }))
      .filter((variable) => variable.activityInstanceId === processInstanceId);
    if (!own) return [];
    // a detail row's `type` is the detail's (variableUpdate); the value's type is `variableType`
    const rows = await this.engine.get<Array<{ variableType: string; value: unknown; valueInfo?: Record<string, unknown> }>>('/history/detail', { variableInstanceId: own.id, variableUpdates: true, deserializeValues: false, sortBy: 'time', sortOrder: 'asc' });
    return rows.map((row) => fromTypedValue({ type: row.variableType, value: row.value, valueInfo: row.valueInfo }));
  }

  /** Incidents of the instance (open only, unless `all`), oldest first. */
  async incidents(processInstanceId: string, options: { all?: boolean } = {}): Promise<IncidentView[]> {
    const rows = await this.engine.get<HistoricIncidentDto[]>('/history/incident', {
      processInstanceId, open: options.all ? undefined : true, sortBy: 'createTime', sortOrder: 'asc',
    });
    return rows.map(incidentView);
  }

  /** How many open incidents each instance has (one read of all open incidents; instances without any are absent). */
  async openIncidentCounts(processId?: string): Promise<Map<string, number>> {
    const rows = await this.engine.get<HistoricIncidentDto[]>('/history/incident', { open: true, processDefinitionKey: processId, maxResults: 10_000 });
    const counts = new Map<string, number>();
    for (const row of rows) counts.set(row.processInstanceId, (counts.get(row.processInstanceId) ?? 0) + 1);
    return counts;
  }

  /** Decisions evaluated by the instance's business rule tasks (required decisions too), with their inputs, outputs, matched rules and versions. */
  async decisionInstances(processInstanceId: string): Promise<DecisionInstanceView[]> {
    const rows = await this.engine.get<Array<{
      id: string; decisionDefinitionKey: string; decisionDefinitionId: string; activityId: string | null; activityInstanceId: string | null; evaluationTime: string; rootDecisionInstanceId: string | null;
      inputs: Array<TypedValue & { clauseId: string; clauseName: string | null }>;
      outputs: Array<TypedValue & { clauseId: string; clauseName: string | null; variableName: string; ruleId: string; ruleOrder: number }>;
    }>>('/history/decision-instance', { processInstanceId, includeInputs: true, includeOutputs: true, disableCustomObjectDeserialization: true, sortBy: 'evaluationTime', sortOrder: 'asc' });
    const definitionIds = [...new Set(rows.map((row) => row.decisionDefinitionId))];
    const definitions = definitionIds.length === 0 ? [] : await this.engine.get<Array<{ id: string; version: number }>>('/decision-definition', { decisionDefinitionIdIn: definitionIds.join(',') });
    const versionOf = new Map(definitions.map((definition) => [definition.id, definition.version]));
    return rows.map((row) => ({
      decisionInstanceId: row.id,
      decisionId: row.decisionDefinitionKey,
      decisionDefinitionId: row.decisionDefinitionId,
      decisionVersion: versionOf.get(row.decisionDefinitionId) ?? 0,
      elementId: row.activityId,
      activityInstanceId: row.activityInstanceId,
      evaluatedAt: isoOf(row.evaluationTime) as string,
      rootDecisionInstanceId: row.rootDecisionInstanceId,
      inputs: row.inputs.map((input) => ({ clauseId: input.clauseId, clauseName: input.clauseName, value: fromTypedValue(input) })),
      outputs: row.outputs.map((output) => ({ clauseId: output.clauseId, clauseName: output.clauseName, variableName: output.variableName, ruleId: output.ruleId, ruleOrder: output.ruleOrder, value: fromTypedValue(output) })),
    }));
  }

  /** Decision evaluations in a period per decision and version (a failed evaluation is an incident, not an entry). */
  async decisionCounts(from: Date, to: Date): Promise<Array<{ decisionId: string; decisionVersion: number; evaluations: number; failures: number }>> {
    const definitions = await this.engine.get<Array<{ id: string; key: string; version: number }>>('/decision-definition', { sortBy: 'key', sortOrder: 'asc' });
    const counts = await Promise.all(definitions.map(async (definition) => {
      const { count } = await this.engine.get<{ count: number }>('/history/decision-instance/count', {
        decisionDefinitionId: definition.id, evaluatedAfter: engineDateOf(from), evaluatedBefore: engineDateOf(to),
      });
      return { decisionId: definition.key, decisionVersion: definition.version, evaluations: count, failures: 0 };
    }));
    return counts.filter((row) => row.evaluations > 0).sort((a, b) => a.decisionId.localeCompare(b.decisionId) || a.decisionVersion - b.decisionVersion);
  }

  /**
   * Credit decisions of `processId` instances taken in a period: when the case started, when its
   * decision (one of `decisionElementIds` completing) was taken, and who took it (`decidedBy`).
   */
  async creditDecisions(processId: string, decisionElementIds: readonly string[], from: Date, to: Date): Promise<Array<{ processInstanceId: string; startedAt: Date; decidedAt: Date; decidedBy: string | null }>> {
    // the activity-instance query filters by one activity id (it has no list filter)
    const decided = (await Promise.all(decisionElementIds.map((activityId) => this.engine.get<HistoricActivityInstanceDto[]>('/history/activity-instance', {
      processDefinitionKey: processId, activityId, finished: true, canceled: false,
      finishedAfter: engineDateOf(from), finishedBefore: engineDateOf(to), sortBy: 'endTime', sortOrder: 'asc',
    })))).flat();
    const completed = decided.filter((activity) => decisionElementIds.includes(activity.activityId) && !activity.canceled && activity.endTime).sort((a, b) => (a.endTime as string).localeCompare(b.endTime as string));
    if (completed.length === 0) return [];
    const ids = [...new Set(completed.map((activity) => activity.processInstanceId))];
    const [instances, deciders] = await Promise.all([
      this.engine.get<HistoricProcessInstanceDto[]>('/history/process-instance', { processInstanceIds: ids.join(',') }),
      this.engine.get<Array<TypedValue & { processInstanceId: string; activityInstanceId: string }>>('/history/variable-instance', { variableName: 'decidedBy', processInstanceIdIn: ids.join(','), deserializeValues: false }),
    ]);
    const startOf = new Map(instances.map((instance) => [instance.id, new Date(parseEngineDate(instance.startTime))]));
    const deciderOf = new Map(deciders.filter((row) => row.activityInstanceId === row.processInstanceId).map((row) => [row.processInstanceId, fromTypedValue(row) as string | null]));
    return completed.flatMap((activity) => {
      const startedAt = startOf.get(activity.processInstanceId);
      return startedAt ? [{ processInstanceId: activity.processInstanceId, startedAt, decidedAt: new Date(parseEngineDate(activity.endTime as string)), decidedBy: deciderOf.get(activity.processInstanceId) ?? null }] : [];
    });
  }

  // ---- who did what: the audit side of the history ----------------------------------------------

  /** User tasks of the instance, open and ended, oldest first, with the candidate groups they were offered to. */
  async userTaskHistory(processInstanceId: string): Promise<UserTaskHistoryView[]> {
    const tasks = await this.engine.get<Array<{
      id: string; taskDefinitionKey: string; name: string | null; activityInstanceId: string; assignee: string | null; owner: string | null; startTime: string; endTime: string | null;
      due: string | null; followUp: string | null; priority: number; taskState: string; deleteReason: string | null;
    }>>('/history/task', { processInstanceId, sortBy: 'startTime', sortOrder: 'asc' });
    // the identity-link log is kept per task (it has no process-instance filter)
    const links = await Promise.all(tasks.map((task) => this.engine.get<Array<{ type: string; groupId: string | null; operationType: string }>>('/history/identity-link-log', { taskId: task.id, type: 'candidate' })));
    return tasks.map((task, index) => ({
      taskId: task.id, elementId: task.taskDefinitionKey, name: task.name, activityInstanceId: task.activityInstanceId, assignee: task.assignee, owner: task.owner,
      candidateGroups: [...new Set((links[index] ?? []).filter((link) => link.operationType === 'add' && link.groupId).map((link) => link.groupId as string))],
      createdAt: isoOf(task.startTime) as string, endedAt: isoOf(task.endTime), dueDate: isoOf(task.due), followUpDate: isoOf(task.followUp),
      priority: task.priority, state: task.taskState, deleteReason: task.deleteReason,
    }));
  }

  /** The user operation log of the instance: who started, claimed, completed, cancelled, retried … — one entry per operation. */
  async operations(processInstanceId: string): Promise<OperationView[]> {
    const rows = await this.engine.get<Array<{
      operationId: string; operationType: string; entityType: string; userId: string | null; timestamp: string; taskId: string | null; jobId: string | null;
      externalTaskId: string | null; property: string | null; orgValue: string | null; newValue: string | null; annotation: string | null;
    }>>('/history/user-operation', { processInstanceId, sortBy: 'timestamp', sortOrder: 'asc' });
    const operations = new Map<string, OperationView>();
    for (const row of rows) {
      const operation = operations.get(row.operationId) ?? {
        operationId: row.operationId, operationType: row.operationType, entityType: row.entityType, userId: row.userId, at: isoOf(row.timestamp) as string,
        taskId: row.taskId, jobId: row.jobId, externalTaskId: row.externalTaskId, changes: [], annotation: row.annotation,
      };
      if (row.property !== null) operation.changes.push({ property: row.property, from: row.orgValue, to: row.newValue });
      operations.set(row.operationId, operation);
    }
    return [...operations.values()];
  }

  /** The external tasks of the instance: created, failed (with retries left), completed (by which worker), deleted. */
  async externalTaskLog(processInstanceId: string): Promise<ExternalTaskLogView[]> {
    const rows = await this.engine.get<Array<{
      timestamp: string; externalTaskId: string; topicName: string; workerId: string | null; retries: number | null; errorMessage: string | null; activityId: string; activityInstanceId: string;
      creationLog: boolean; failureLog: boolean; successLog: boolean;
    }>>('/history/external-task-log', { processInstanceId, sortBy: 'timestamp', sortOrder: 'asc' });
    return rows.map((row) => ({
      at: isoOf(row.timestamp) as string, event: row.creationLog ? 'created' : row.failureLog ? 'failed' : row.successLog ? 'completed' : 'deleted',
      externalTaskId: row.externalTaskId, topic: row.topicName, workerId: row.workerId, retries: row.retries, errorMessage: row.errorMessage,
      elementId: row.activityId, activityInstanceId: row.activityInstanceId,
    }));
  }

  /** The jobs of the instance (timers, asynchronous continuations): created, failed, succeeded, deleted. */
  async jobLog(processInstanceId: string): Promise<JobLogView[]> {
    const rows = await this.engine.get<Array<{
      timestamp: string; jobId: string; jobDefinitionType: string; jobDefinitionConfiguration: string | null; jobDueDate: string | null; jobRetries: number | null;
      jobExceptionMessage: string | null; activityId: string | null; failedActivityId: string | null; creationLog: boolean; failureLog: boolean; successLog: boolean;
    }>>('/history/job-log', { processInstanceId, sortBy: 'timestamp', sortOrder: 'asc' });
    return rows.map((row) => ({
      at: isoOf(row.timestamp) as string, event: row.creationLog ? 'created' : row.failureLog ? 'failed' : row.successLog ? 'succeeded' : 'deleted',
      jobId: row.jobId, jobType: row.jobDefinitionType, configuration: row.jobDefinitionConfiguration, dueDate: isoOf(row.jobDueDate), retries: row.jobRetries,
      exceptionMessage: row.jobExceptionMessage, elementId: row.activityId, failedElementId: row.failedActivityId,
    }));
  }
}
