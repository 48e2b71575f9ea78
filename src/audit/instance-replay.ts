import type { EngineRecord, InstanceSummary } from '../camunda/history/instance-history.repository';
import type { AuditEntry } from './audit-chain';

export type ReplayStepKind =
  | 'instance-started' | 'instance-ended' | 'element-activated' | 'element-completed' | 'element-terminated' | 'flow-taken'
  | 'user-task' | 'decision' | 'incident' | 'message' | 'timer' | 'job' | 'audit';

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
  childInstanceKey?: string;
  activeElementIds: string[];
  completedElementIds: string[];
  takenFlowIds: string[];
  /** Process-level variables as they stood after this step. */
  variables: Record<string, unknown>;
  changedVariables: string[];
}

type Entry = Omit<ReplayStep, 'index' | 'activeElementIds' | 'completedElementIds' | 'takenFlowIds' | 'variables' | 'changedVariables'>;

const str = (value: unknown) => (value === undefined || value === null ? '' : String(value));
const userTaskIntents = new Set(['CREATED', 'ASSIGNED', 'UPDATED', 'COMPLETED', 'CANCELED']);
const timerIntents = new Set(['CREATED', 'TRIGGERED', 'CANCELED']);
const jobIntents = new Set(['FAILED', 'ERROR_THROWN']);

/** Turns one engine record into a timeline entry; records that only change state (variables) give none. */
function entryOf(record: EngineRecord, children: Map<string, string>): Entry | undefined {
  const v = record.value;
  const base = { at: record.at, source: 'engine' as const, elementId: str(v.elementId) || null };
  switch (record.valueType) {
    case 'PROCESS_INSTANCE': {
      const type = str(v.bpmnElementType);
      if (type === 'PROCESS') {
        if (record.intent === 'ELEMENT_ACTIVATED') return { ...base, elementId: null, kind: 'instance-started', title: `Instance of ${str(v.bpmnProcessId)} v${str(v.version)} started`, detail: { processDefinitionKey: str(v.processDefinitionKey) } };
        if (record.intent === 'ELEMENT_COMPLETED' || record.intent === 'ELEMENT_TERMINATED') return { ...base, elementId: null, kind: 'instance-ended', title: `Instance ${record.intent === 'ELEMENT_COMPLETED' ? 'completed' : 'terminated'}`, detail: {} };
        return undefined;
      }
      if (record.intent === 'SEQUENCE_FLOW_TAKEN') return { ...base, kind: 'flow-taken', title: `Flow ${str(v.elementId)} taken`, detail: {} };
      const verb = { ELEMENT_ACTIVATED: 'activated', ELEMENT_COMPLETED: 'completed', ELEMENT_TERMINATED: 'terminated' }[record.intent];
      if (!verb) return undefined;
      const child = record.intent === 'ELEMENT_ACTIVATED' ? children.get(record.key) : undefined;
      return { ...base, kind: `element-${verb}` as ReplayStepKind, title: `${type.toLowerCase().replace(/_/g, ' ')} ${str(v.elementId)} ${verb}`, detail: { elementType: type }, ...(child ? { childInstanceKey: child } : {}) };
    }
    case 'USER_TASK':
      if (!userTaskIntents.has(record.intent)) return undefined;
      return {
        ...base,
        kind: 'user-task',
        title: `User task ${str(v.elementId)} ${record.intent.toLowerCase()}${v.assignee ? ` (assignee ${str(v.assignee)})` : ''}`,
        detail: { intent: record.intent, assignee: str(v.assignee) || null, candidateGroups: v.candidateGroupsList ?? [], action: str(v.action) || null, submitted: record.intent === 'COMPLETED' ? v.variables : undefined },
      };
    case 'INCIDENT':
      return { ...base, kind: 'incident', title: `Incident ${record.intent.toLowerCase()} at ${str(v.elementId)}: ${str(v.errorType)}`, detail: { intent: record.intent, errorType: v.errorType, errorMessage: v.errorMessage } };
    case 'TIMER':
      if (!timerIntents.has(record.intent)) return undefined;
      return { ...base, elementId: str(v.targetElementId) || null, kind: 'timer', title: `Timer ${str(v.targetElementId)} ${record.intent.toLowerCase()}`, detail: { intent: record.intent, dueDate: new Date(Number(v.dueDate)).toISOString() } };
    case 'PROCESS_MESSAGE_SUBSCRIPTION':
      if (record.intent !== 'CORRELATED') return undefined;
      return { ...base, kind: 'message', title: `Message ${str(v.messageName)} correlated (key ${str(v.correlationKey)})`, detail: { messageName: v.messageName, correlationKey: v.correlationKey, variables: v.variables } };
    case 'JOB':
      if (!jobIntents.has(record.intent)) return undefined;
      return { ...base, kind: 'job', title: `Job ${str(v.type)} ${record.intent.toLowerCase().replace('_', ' ')}`, detail: { type: v.type, retries: v.retries, errorCode: v.errorCode || null, errorMessage: v.errorMessage || null } };
    case 'DECISION_EVALUATION': {
      const output: unknown = JSON.parse(str(v.decisionOutput) || 'null');
      const evaluated = (v.evaluatedDecisions as Array<{ decisionId: string; matchedRules: Array<{ ruleId: string }> }> | undefined) ?? [];
      const root = evaluated.find((decision) => decision.decisionId === v.decisionId);
      return {
        ...base,
        kind: 'decision',
        title: `Decision ${str(v.decisionId)} v${str(v.decisionVersion)} evaluated`,
        detail: { decisionEvaluationKey: record.key, decisionId: v.decisionId, decisionKey: str(v.decisionKey), decisionVersion: v.decisionVersion, output, matchedRuleIds: (root?.matchedRules ?? []).map((rule) => rule.ruleId), failure: str(v.evaluationFailureMessage) || null },
      };
    }
    default:
      return undefined;
  }
}

const byPosition = (a: EngineRecord, b: EngineRecord) => (BigInt(a.position) < BigInt(b.position) ? -1 : BigInt(a.position) > BigInt(b.position) ? 1 : 0);

/**
 * Assembles an instance's replay: the engine's records in the order the engine wrote them, our
 * audit log's rows merged in by time, and after every step the path taken and the variables.
 */
export function assembleReplay(input: {
  processInstanceKey: string;
  records: EngineRecord[];
  decisions: EngineRecord[];
  auditEvents: AuditEntry[];
  children: InstanceSummary[];
}): ReplayStep[] {
  const children = new Map(input.children.filter((child) => child.parentElementInstanceKey).map((child) => [child.parentElementInstanceKey as string, child.processInstanceKey]));
  const engineRecords = [...input.records, ...input.decisions].sort(byPosition);
  const audit = [...input.auditEvents].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || Number(a.id) - Number(b.id));
  const active = new Map<string, string>();
  const completed: string[] = [];
  const flows: string[] = [];
  const variables: Record<string, unknown> = {};
  let changed: string[] = [];
  const steps: ReplayStep[] = [];
  const push = (entry: Entry) => {
    steps.push({ ...entry, index: steps.length, activeElementIds: [...new Set(active.values())], completedElementIds: [...completed], takenFlowIds: [...flows], variables: { ...variables }, changedVariables: changed });
    changed = [];
  };
  const auditEntry = (event: AuditEntry): Entry => ({
    at: event.occurredAt, source: 'audit', kind: 'audit', elementId: null,
    title: `${event.actor} (${event.role}): ${event.action} → ${event.result}`,
    detail: { auditEventId: event.id, target: event.target, requestId: event.requestId, payloadDigest: event.payloadDigest },
  });
  for (const record of engineRecords) {
    while (audit.length > 0 && (audit[0] as AuditEntry).occurredAt < record.at) push(auditEntry(audit.shift() as AuditEntry));
    const v = record.value;
    if (record.valueType === 'VARIABLE') {
      if (str(v.scopeKey) === input.processInstanceKey) {
        variables[str(v.name)] = JSON.parse(str(v.value));
        changed.push(str(v.name));
      }
      continue;
    }
    if (record.valueType === 'PROCESS_INSTANCE' && str(v.bpmnElementType) !== 'PROCESS') {
      if (record.intent === 'ELEMENT_ACTIVATED') active.set(record.key, str(v.elementId));
      if (record.intent === 'ELEMENT_COMPLETED' || record.intent === 'ELEMENT_TERMINATED') {
        active.delete(record.key);
        if (record.intent === 'ELEMENT_COMPLETED') completed.push(str(v.elementId));
      }
      if (record.intent === 'SEQUENCE_FLOW_TAKEN') flows.push(str(v.elementId));
    }
    const entry = entryOf(record, children);
    if (entry) push(entry);
  }
  for (const event of audit) push(auditEntry(event));
  return steps;
}
