import type { EngineClient, TaskDto } from '../engine-client';
import { fromTypedValue, parseEngineDate, type TypedValue } from '../variables';

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
}

export interface VariableUpdateView {
  name: string;
  value: unknown;
  /** The activity instance whose scope holds the variable (the process instance id for the instance's own). */
  scopeActivityInstanceId: string;
  at: string;
  revision: number;
}

export interface DecisionInstanceView {
  decisionInstanceId: string;
  decisionId: string;
  decisionDefinitionId: string;
  elementId: string | null;
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
  endActivityId: string | null;
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
  endActivityId: dto.endActivityId,
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

/**
 * The one reader of the engine's history (and of what runs now, where history has no answer):
 * instances, the activities they passed, user tasks, variables, incidents, decisions — each question
 * one query of Operaton's REST API.
 */
export class EngineHistoryReader {
  constructor(private readonly engine: EngineClient) {}

  async instance(processInstanceId: string): Promise<InstanceView | undefined> {
    const [found] = await this.engine.get<HistoricProcessInstanceDto[]>('/history/process-instance', { processInstanceId });
    return found ? instanceView(found) : undefined;
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
      withIncidents: search.outcome === 'incident' ? true : undefined,
      superProcessInstanceId: search.superProcessInstanceId,
      rootProcessInstances: search.rootOnly ? true : undefined,
      sortBy: 'startTime',
      sortOrder: 'desc',
      maxResults: search.maxResults ?? 200,
    });
    return rows.map(instanceView);
  }

  /** Instances started by the instance's call activities, oldest first. */
  async calledInstances(processInstanceId: string): Promise<InstanceView[]> {
    const rows = await this.engine.get<HistoricProcessInstanceDto[]>('/history/process-instance', { superProcessInstanceId: processInstanceId, sortBy: 'startTime', sortOrder: 'asc' });
    return rows.map(instanceView);
  }

  /** Root instances (of one process, or of any) that have not ended. */
  async unfinishedRootInstances(processId?: string): Promise<string[]> {
    const rows = await this.engine.get<HistoricProcessInstanceDto[]>('/history/process-instance', { processDefinitionKey: processId, unfinished: true, rootProcessInstances: true });
    return rows.map((row) => row.id);
  }

  /** Every activity instance of the instance (its own scope and sub-processes), in the order they started. */
  async activities(processInstanceId: string): Promise<ActivityView[]> {
    const rows = await this.engine.get<HistoricActivityInstanceDto[]>('/history/activity-instance', { processInstanceId, sortBy: 'occurrence', sortOrder: 'asc' });
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

  /** Every update of every variable of the instance, in the order they happened. */
  async variableUpdates(processInstanceId: string): Promise<VariableUpdateView[]> {
    const rows = await this.engine.get<Array<TypedValue & { variableName: string; activityInstanceId: string; time: string; revision: number }>>('/history/detail', {
      processInstanceId, variableUpdates: true, deserializeValues: false, sortBy: 'time', sortOrder: 'asc',
    });
    return rows.map((row) => ({ name: row.variableName, value: fromTypedValue(row), scopeActivityInstanceId: row.activityInstanceId, at: isoOf(row.time) as string, revision: row.revision }));
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
    const rows = await this.engine.get<TypedValue[]>('/history/detail', { variableInstanceId: own.id, variableUpdates: true, deserializeValues: false, sortBy: 'time', sortOrder: 'asc' });
    return rows.map((row) => fromTypedValue(row));
  }

  /** Incidents of the instance (open only, unless `all`), oldest first. */
  async incidents(processInstanceId: string, options: { all?: boolean } = {}): Promise<IncidentView[]> {
    const rows = await this.engine.get<Array<{ id: string; activityId: string; incidentType: string; incidentMessage: string; createTime: string; open: boolean }>>('/history/incident', {
      processInstanceId, open: options.all ? undefined : true, sortBy: 'createTime', sortOrder: 'asc',
    });
    return rows.map((row) => ({ incidentId: row.id, elementId: row.activityId, incidentType: row.incidentType, message: row.incidentMessage, createdAt: isoOf(row.createTime) as string, open: row.open }));
  }

  /** Decisions evaluated by the instance's business rule tasks, with their inputs, outputs and matched rules. */
  async decisionInstances(processInstanceId: string): Promise<DecisionInstanceView[]> {
    const rows = await this.engine.get<Array<{
      id: string; decisionDefinitionKey: string; decisionDefinitionId: string; activityId: string | null; evaluationTime: string; rootDecisionInstanceId: string | null;
      inputs: Array<TypedValue & { clauseId: string; clauseName: string | null }>;
      outputs: Array<TypedValue & { clauseId: string; clauseName: string | null; variableName: string; ruleId: string; ruleOrder: number }>;
    }>>('/history/decision-instance', { processInstanceId, includeInputs: true, includeOutputs: true, disableCustomObjectDeserialization: true, sortBy: 'evaluationTime', sortOrder: 'asc' });
    return rows.map((row) => ({
      decisionInstanceId: row.id,
      decisionId: row.decisionDefinitionKey,
      decisionDefinitionId: row.decisionDefinitionId,
      elementId: row.activityId,
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
    const decided = await this.engine.get<HistoricActivityInstanceDto[]>('/history/activity-instance', {
      processDefinitionKey: processId, activityIdIn: decisionElementIds.join(','), finished: true, canceled: false,
      finishedAfter: engineDateOf(from), finishedBefore: engineDateOf(to), sortBy: 'endTime', sortOrder: 'asc',
    });
    const completed = decided.filter((activity) => !activity.canceled && activity.endTime);
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
}
