import type {
  ActivityView, DecisionInstanceView, ExternalTaskLogView, IncidentView, InstanceView, JobLogView, OperationView, UserTaskHistoryView, VariableUpdateView,
} from '../engine/history/engine-history.reader';
import type { AuditEntry } from './audit-chain';
import type { DiagramFlows } from './diagram-flows';

export const replayStepKinds = [
  'instance-started', 'instance-ended', 'element-activated', 'element-completed', 'element-terminated', 'flow-taken',
  'user-task', 'decision', 'incident', 'message', 'timer', 'job', 'external-task', 'operation', 'audit',
] as const;
export type ReplayStepKind = (typeof replayStepKinds)[number];

/** One step of an instance's replay and the state of the instance right after it. */
export interface ReplayStep {
  index: number;
  at: string;
  source: 'engine' | 'audit';
  kind: ReplayStepKind;
  elementId: string | null;
  title: string;
  detail: Record<string, unknown>;
  /** Set on a call activity's activation: the instance it started. */
  childInstanceId?: string;
  activeElementIds: string[];
  completedElementIds: string[];
  takenFlowIds: string[];
  /** The instance's own variables as they stood after this step. */
  variables: Record<string, unknown>;
  changedVariables: string[];
}

/** Everything Operaton's history and our audit log know about one instance. */
export interface InstanceHistory {
  instance: InstanceView;
  activities: ActivityView[];
  variableUpdates: VariableUpdateView[];
  userTasks: UserTaskHistoryView[];
  operations: OperationView[];
  incidents: IncidentView[];
  decisions: DecisionInstanceView[];
  externalTasks: ExternalTaskLogView[];
  jobs: JobLogView[];
  /** Business messages our outbox delivered to the instance (engine_message). */
  messages: Array<{ messageId: string; messageName: string; correlationVariable: string; correlationValue: string }>;
  auditEvents: AuditEntry[];
  /** The deployed diagram's sequence flows and message catch events. */
  diagram: DiagramFlows;
}

type Entry = Omit<ReplayStep, 'index' | 'activeElementIds' | 'completedElementIds' | 'takenFlowIds' | 'variables' | 'changedVariables'>;
/** A step to be, with what it does to the replayed state when it is reached. */
interface Event {
  entry?: Entry;
  at: string;
  apply?: (state: ReplayState) => void;
  /** An event of the same millisecond happened before this one (it ends something) rather than after (it starts something). */
  closes?: boolean;
}
interface ReplayState {
  active: Map<string, string>;
  completed: string[];
  flows: string[];
  variables: Record<string, unknown>;
  changed: string[];
}

/** A multi-instance body shows on its activity. */
const elementOf = (activityId: string) => activityId.replace(/#multiInstanceBody$/, '');
const timerJobs = /^timer-/;
const taskOperations = new Set(['Claim', 'Assign', 'SetAssignee', 'Delegate', 'Resolve', 'SetOwner', 'Complete']);
const messageCatchTypes = new Set(['intermediateMessageCatch', 'receiveTask', 'boundaryMessage', 'messageStartEvent', 'startEvent']);
/** Gateways that send the token down one outgoing flow only. */
const singleExitTypes = new Set(['exclusiveGateway', 'eventBasedGateway']);
/** Gateways that wait for tokens on several incoming flows; every other element is reached by one flow. */
const joiningTypes = new Set(['parallelGateway', 'inclusiveGateway', 'complexGateway']);

/**
 * The engine's activity instances as activations and completions in the order they happened: an
 * activation before any completion of the same millisecond unless the completing instance already
 * started (a chain of instant elements keeps its order).
 */
function activityEvents(activities: ActivityView[]): Array<{ activity: ActivityView; ended: boolean }> {
  const starts = activities.map((activity, order) => ({ activity, order }));
  const ends = starts.filter(({ activity }) => activity.endedAt !== null).sort((a, b) => (a.activity.endedAt as string).localeCompare(b.activity.endedAt as string) || a.order - b.order);
  const started = new Set<string>();
  const events: Array<{ activity: ActivityView; ended: boolean }> = [];
  let s = 0;
  let e = 0;
  while (s < starts.length || e < ends.length) {
    const start = starts[s];
    const end = ends[e];
    const endFirst = end && (!start || (end.activity.endedAt as string) < start.activity.startedAt || ((end.activity.endedAt as string) === start.activity.startedAt && started.has(end.activity.activityInstanceId)));
    if (endFirst) {
      events.push({ activity: end.activity, ended: true });
      e += 1;
    } else if (start) {
      started.add(start.activity.activityInstanceId);
      events.push({ activity: start.activity, ended: false });
      s += 1;
    }
  }
  return events;
}

const str = (value: unknown) => (value === null || value === undefined ? '' : String(value));

/**
 * Assembles an instance's replay from Operaton's history: activity instances (with the sequence flows
 * they took, read from the deployed diagram), user tasks with who claimed and completed them, decisions
 * with inputs, outputs and matched rules, timers and jobs, external tasks, incidents, the user operation
 * log and the messages delivered, with our hash-chained audit rows merged in by time; after every step
 * the path taken and the instance's variables.
 */
export function assembleReplay(history: InstanceHistory): ReplayStep[] {
  const { instance, diagram } = history;
  const anchoredAfterStart = new Map<string, Event[]>();
  const anchoredBeforeEnd = new Map<string, Event[]>();
  const anchor = (map: Map<string, Event[]>, activityInstanceId: string, event: Event) => map.set(activityInstanceId, [...(map.get(activityInstanceId) ?? []), event]);
  const timed: Event[] = [];
  const engine = (at: string, kind: ReplayStepKind, elementId: string | null, title: string, detail: Record<string, unknown>): Event => ({ at, entry: { at, source: 'engine', kind, elementId, title, detail } });

  // decisions: right after their business rule task's activation; required decisions fold into their root
  for (const decision of history.decisions.filter((candidate) => candidate.rootDecisionInstanceId === null)) {
    const required = history.decisions.filter((candidate) => candidate.rootDecisionInstanceId === decision.decisionInstanceId);
    const rules = [...new Set(decision.outputs.map((output) => output.ruleId))];
    const event = engine(decision.evaluatedAt, 'decision', decision.elementId, `Decision ${decision.decisionId} v${decision.decisionVersion} evaluated`, {
      decisionInstanceId: decision.decisionInstanceId, decisionId: decision.decisionId, decisionDefinitionId: decision.decisionDefinitionId, decisionVersion: decision.decisionVersion,
      inputs: Object.fromEntries(decision.inputs.map((input) => [input.clauseName ?? input.clauseId, input.value])),
      output: rules.map((ruleId) => Object.fromEntries(decision.outputs.filter((output) => output.ruleId === ruleId).map((output) => [output.variableName, output.value]))),
      matchedRuleIds: rules,
      requiredDecisions: required.map((child) => ({ decisionId: child.decisionId, decisionVersion: child.decisionVersion, matchedRuleIds: [...new Set(child.outputs.map((output) => output.ruleId))] })),
    });
    if (decision.activityInstanceId) anchor(anchoredAfterStart, decision.activityInstanceId, event);
    else timed.push(event);
  }

  // user tasks: created after the task's activation, assigned when someone claims, completed before the activity completes
  const taskOperationsOf = (taskId: string) => history.operations.filter((operation) => operation.taskId === taskId && taskOperations.has(operation.operationType));
  for (const task of history.userTasks) {
    const base = { taskId: task.taskId, candidateGroups: task.candidateGroups, dueDate: task.dueDate, followUpDate: task.followUpDate, priority: task.priority };
    anchor(anchoredAfterStart, task.activityInstanceId, engine(task.createdAt, 'user-task', task.elementId, `User task ${task.elementId} created`, { intent: 'CREATED', assignee: null, ...base }));
    for (const operation of taskOperationsOf(task.taskId).filter((candidate) => candidate.operationType !== 'Complete')) {
      const assignee = operation.changes.find((change) => change.property === 'assignee')?.to ?? null;
      timed.push(engine(operation.at, 'user-task', task.elementId, `User task ${task.elementId} ${operation.operationType === 'Claim' ? 'claimed' : 'assigned'}${assignee ? ` (assignee ${assignee})` : ''} by ${str(operation.userId)}`, {
        intent: 'ASSIGNED', assignee, by: operation.userId, ...base,
      }));
    }
    if (task.endedAt === null) continue;
    const completion = taskOperationsOf(task.taskId).find((operation) => operation.operationType === 'Complete');
    const completed = task.deleteReason === 'completed';
    const submitted = completion
      ? Object.fromEntries(history.variableUpdates.filter((update) => update.operationId === completion.operationId && update.activityInstanceId === task.activityInstanceId).map((update) => [update.name, update.value]))
      : {};
    anchor(anchoredBeforeEnd, task.activityInstanceId, engine(task.endedAt, 'user-task', task.elementId,
      completed ? `User task ${task.elementId} completed by ${str(completion?.userId ?? task.assignee)}${task.assignee ? ` (assignee ${task.assignee})` : ''}` : `User task ${task.elementId} cancelled (${str(task.deleteReason)})`,
      { intent: completed ? 'COMPLETED' : 'CANCELED', assignee: task.assignee, completedBy: completed ? (completion?.userId ?? null) : null, submitted: completed ? submitted : undefined, ...base }));
  }

  // messages: before the catching element completes, with what our outbox delivered
  for (const activity of history.activities) {
    const messageName = diagram.messageNameOf[activity.elementId];
    if (!messageName || activity.endedAt === null || activity.canceled || !messageCatchTypes.has(activity.elementType)) continue;
    const delivered = history.messages.filter((message) => message.messageName === messageName);
    anchor(anchoredBeforeEnd, activity.activityInstanceId, engine(activity.endedAt, 'message', activity.elementId,
      `Message ${messageName} correlated${delivered.length ? ` (${delivered.map((message) => `${message.correlationVariable} ${message.correlationValue}`).join(', ')})` : ''}`,
      { messageName, messageIds: delivered.map((message) => message.messageId) }));
  }

  for (const log of history.externalTasks.filter((candidate) => candidate.event === 'failed' || candidate.event === 'completed')) {
    timed.push(engine(log.at, 'external-task', log.elementId,
      log.event === 'failed' ? `External task ${log.topic} failed (retries left ${str(log.retries)})` : `External task ${log.topic} completed by worker ${str(log.workerId)}`,
      { topic: log.topic, workerId: log.workerId, retries: log.retries, errorMessage: log.errorMessage }));
  }
  for (const log of history.jobs) {
    if (timerJobs.test(log.jobType) && log.event !== 'failed') {
      const verb = { created: 'created', succeeded: 'fired', deleted: 'cancelled' }[log.event];
      timed.push(engine(log.at, 'timer', log.elementId, `Timer ${str(log.elementId)} ${verb}`, { intent: log.event.toUpperCase(), dueDate: log.dueDate, configuration: log.configuration }));
    } else if (log.event === 'failed') {
      timed.push(engine(log.at, 'job', log.failedElementId ?? log.elementId, `Job ${log.jobType} at ${str(log.failedElementId ?? log.elementId)} failed (retries left ${str(log.retries)})`, {
        jobType: log.jobType, retries: log.retries, errorMessage: log.exceptionMessage,
      }));
    }
  }
  for (const incident of history.incidents) {
    const detail = { incidentId: incident.incidentId, incidentType: incident.incidentType, message: incident.message };
    timed.push(engine(incident.createdAt, 'incident', incident.elementId, `Incident created at ${incident.elementId}: ${incident.incidentType}`, { intent: 'CREATED', ...detail }));
    if (incident.endedAt) timed.push(engine(incident.endedAt, 'incident', incident.elementId, `Incident ended at ${incident.elementId}`, { intent: 'ENDED', ...detail }));
  }
  // task operations are told by the user-task steps, the start by the instance's first step
  const toldElsewhere = (operation: OperationView) => (operation.taskId !== null && taskOperations.has(operation.operationType)) || (operation.operationType === 'Create' && operation.entityType === 'ProcessInstance');
  for (const operation of history.operations.filter((candidate) => !toldElsewhere(candidate))) {
    timed.push(engine(operation.at, 'operation', null, `${str(operation.userId)}: ${operation.operationType} ${operation.entityType}`, { operationType: operation.operationType, entityType: operation.entityType, userId: operation.userId, changes: operation.changes, annotation: operation.annotation }));
  }
  for (const update of history.variableUpdates.filter((candidate) => candidate.processLevel)) {
    timed.push({ at: update.at, apply: (state) => {
      state.variables[update.name] = update.value;
      state.changed.push(update.name);
    } });
  }
  for (const event of history.auditEvents) {
    timed.push({ at: event.occurredAt, entry: {
      at: event.occurredAt, source: 'audit', kind: 'audit', elementId: null, title: `${event.actor} (${event.role}): ${event.action} → ${event.result}`,
      detail: { auditEventId: event.id, target: event.target, requestId: event.requestId, payloadDigest: event.payloadDigest },
    } });
  }

  // the activity events in their order, each with what is anchored to it
  const flowsInto = new Map<string, Array<{ id: string; sourceId: string }>>();
  for (const flow of diagram.flows) flowsInto.set(flow.targetId, [...(flowsInto.get(flow.targetId) ?? []), { id: flow.id, sourceId: flow.sourceId }]);
  const finished: ActivityView[] = [];
  const usedExits = new Set<string>();
  const ordered: Event[] = [{
    at: instance.startedAt,
    entry: { at: instance.startedAt, source: 'engine', kind: 'instance-started', elementId: null, title: `Instance of ${instance.processId} v${instance.version} started${instance.startedBy ? ` by ${instance.startedBy}` : ''}`, detail: { processDefinitionId: instance.processDefinitionId, businessKey: instance.businessKey } },
  }];
  for (const { activity, ended } of activityEvents(history.activities)) {
    const elementId = elementOf(activity.elementId);
    if (!ended) {
      // the flow that brought the token (a join: every flow that did): from the latest finished source in the
      // same scope whose exit was not used yet
      const exitOf = (source: ActivityView, flowId: string) => `${source.activityInstanceId}|${singleExitTypes.has(source.elementType) ? '*' : flowId}`;
      const arrivals = (flowsInto.get(elementId) ?? []).flatMap((flow) => {
        const source = [...finished].reverse().find((candidate) => elementOf(candidate.elementId) === flow.sourceId && candidate.parentActivityInstanceId === activity.parentActivityInstanceId && !usedExits.has(exitOf(candidate, flow.id)));
        return source ? [{ flow, source, order: finished.indexOf(source) }] : [];
      }).sort((a, b) => b.order - a.order);
      for (const { flow, source } of joiningTypes.has(activity.elementType) ? arrivals : arrivals.slice(0, 1)) {
        usedExits.add(exitOf(source, flow.id));
        ordered.push({ at: activity.startedAt, entry: { at: activity.startedAt, source: 'engine', kind: 'flow-taken', elementId: flow.id, title: `Flow ${flow.id} taken`, detail: { from: flow.sourceId, to: elementId } }, apply: (state) => state.flows.push(flow.id) });
      }
      ordered.push({
        at: activity.startedAt,
        entry: {
          at: activity.startedAt, source: 'engine', kind: 'element-activated', elementId, title: `${activity.elementType} ${elementId} activated`,
          detail: { elementType: activity.elementType, activityInstanceId: activity.activityInstanceId }, ...(activity.calledProcessInstanceId ? { childInstanceId: activity.calledProcessInstanceId } : {}),
        },
        apply: (state) => state.active.set(activity.activityInstanceId, elementId),
      });
      ordered.push(...(anchoredAfterStart.get(activity.activityInstanceId) ?? []));
    } else {
      ordered.push(...(anchoredBeforeEnd.get(activity.activityInstanceId) ?? []).map((event) => ({ ...event, closes: true })));
      const verb = activity.canceled ? 'terminated' : 'completed';
      ordered.push({
        at: activity.endedAt as string,
        closes: true,
        entry: { at: activity.endedAt as string, source: 'engine', kind: `element-${verb}`, elementId, title: `${activity.elementType} ${elementId} ${verb}`, detail: { elementType: activity.elementType, activityInstanceId: activity.activityInstanceId } },
        apply: (state) => {
          state.active.delete(activity.activityInstanceId);
          if (!activity.canceled) state.completed.push(elementId);
        },
      });
      if (!activity.canceled) finished.push(activity);
    }
  }
  if (instance.endedAt) {
    const how = instance.state === 'COMPLETED' ? `completed${instance.endActivityId ? ` at ${instance.endActivityId}` : ''}` : `terminated${instance.deleteReason ? ` (${instance.deleteReason})` : ''}`;
    ordered.push({ at: instance.endedAt, closes: true, entry: { at: instance.endedAt, source: 'engine', kind: 'instance-ended', elementId: null, title: `Instance ${how}`, detail: { state: instance.state, endActivityId: instance.endActivityId, deleteReason: instance.deleteReason } } });
  }

  // timed events fall in before the first ordered event later than them; in a tie, after what starts and before what ends
  const byTime = timed.map((event, order) => ({ event, order })).sort((a, b) => a.event.at.localeCompare(b.event.at) || a.order - b.order).map(({ event }) => event);
  const state: ReplayState = { active: new Map(), completed: [], flows: [], variables: {}, changed: [] };
  const steps: ReplayStep[] = [];
  const reach = (event: Event) => {
    event.apply?.(state);
    if (!event.entry) return;
    steps.push({
      ...event.entry, index: steps.length, activeElementIds: [...new Set(state.active.values())], completedElementIds: [...state.completed],
      takenFlowIds: [...state.flows], variables: { ...state.variables }, changedVariables: state.changed,
    });
    state.changed = [];
  };
  let next = 0;
  for (const event of ordered) {
    while (next < byTime.length && ((byTime[next] as Event).at < event.at || ((byTime[next] as Event).at === event.at && event.closes))) reach(byTime[next++] as Event);
    reach(event);
  }
  while (next < byTime.length) reach(byTime[next++] as Event);
  return steps;
}
