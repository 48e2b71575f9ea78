import { assembleReplay } from '../../src/audit/instance-replay';
import type { EngineRecord } from '../../src/camunda/history/instance-history.repository';

const instanceKey = '100';
let position = 0;
function record(valueType: string, intent: string, key: string, value: Record<string, unknown>, at = '2026-11-23T08:00:00.000Z'): EngineRecord {
  position += 1;
  return { position: String(position), partitionId: 1, key, valueType, intent, at, value: { processInstanceKey: Number(instanceKey), ...value } };
}
const element = (intent: string, key: string, elementId: string, bpmnElementType: string) => record('PROCESS_INSTANCE', intent, key, { elementId, bpmnElementType, bpmnProcessId: 'p', version: 2 });
const variable = (name: string, value: unknown, scopeKey = instanceKey) => record('VARIABLE', 'CREATED', '9', { name, value: JSON.stringify(value), scopeKey: Number(scopeKey) });

describe('instance replay assembly', () => {
  it('when records of a finished instance are assembled, then each step carries the path so far and the variables as they stood', () => {
    // given a start event, a flow, a task writing a variable, a local variable and the end
    const records = [
      element('ELEMENT_ACTIVATED', instanceKey, 'p', 'PROCESS'),
      variable('amount', 10),
      element('ELEMENT_ACTIVATED', '101', 'Start', 'START_EVENT'),
      element('ELEMENT_COMPLETED', '101', 'Start', 'START_EVENT'),
      element('SEQUENCE_FLOW_TAKEN', '102', 'Flow_1', 'SEQUENCE_FLOW'),
      element('ELEMENT_ACTIVATED', '103', 'Task', 'SERVICE_TASK'),
      variable('local', 'x', '103'),
      variable('amount', 20),
      element('ELEMENT_COMPLETED', '103', 'Task', 'SERVICE_TASK'),
      element('ELEMENT_COMPLETED', instanceKey, 'p', 'PROCESS'),
    ];
    // when assembled
    const steps = assembleReplay({ processInstanceKey: instanceKey, records, decisions: [], auditEvents: [], children: [] });
    // then variables are not steps, and the state follows the steps
    expect(steps.map((step) => step.kind)).toEqual(['instance-started', 'element-activated', 'element-completed', 'flow-taken', 'element-activated', 'element-completed', 'instance-ended']);
    expect(steps[0]?.variables).toEqual({});
    expect(steps[1]?.variables).toEqual({ amount: 10 });
    expect(steps[4]).toMatchObject({ activeElementIds: ['Task'], completedElementIds: ['Start'], takenFlowIds: ['Flow_1'] });
    expect(steps[5]).toMatchObject({ activeElementIds: [], completedElementIds: ['Start', 'Task'], variables: { amount: 20 }, changedVariables: ['amount'] });
  });

  it('when audit rows and a decision are merged, then audit rows fall in by time and the decision by position', () => {
    const records = [
      element('ELEMENT_ACTIVATED', instanceKey, 'p', 'PROCESS'),
      element('ELEMENT_ACTIVATED', '103', 'Task_Decide', 'BUSINESS_RULE_TASK'),
      { ...element('ELEMENT_COMPLETED', '103', 'Task_Decide', 'BUSINESS_RULE_TASK'), at: '2026-11-23T09:00:00.000Z' },
    ];
    const decision = { ...record('DECISION_EVALUATION', 'EVALUATED', '500', { decisionId: 'd', decisionKey: 7, decisionVersion: 3, decisionOutput: '"A"', elementId: 'Task_Decide', evaluatedDecisions: [{ decisionId: 'd', matchedRules: [{ ruleId: 'Rule_1' }] }] }), position: '2' };
    records[1] = { ...records[1]!, position: '1' };
    records[0] = { ...records[0]!, position: '0' };
    const audit = { id: '1', occurredAt: '2026-11-23T08:30:00.000Z', actor: 'sales.li', role: 'sales', action: 'POST /api/events/:event', target: 'event/x/100', requestId: 'r', payloadDigest: 'd', result: '202', prevHash: '0' };
    const steps = assembleReplay({ processInstanceKey: instanceKey, records, decisions: [decision], auditEvents: [audit], children: [] });
    expect(steps.map((step) => step.kind)).toEqual(['instance-started', 'element-activated', 'decision', 'audit', 'element-completed']);
    expect(steps[2]?.detail).toMatchObject({ decisionId: 'd', decisionKey: '7', decisionVersion: 3, output: 'A', matchedRuleIds: ['Rule_1'] });
  });

  it('when a call activity started a child instance, then its activation step links to the child', () => {
    const records = [element('ELEMENT_ACTIVATED', '200', 'CallActivity_X', 'CALL_ACTIVITY')];
    const child = { processInstanceKey: '300', parentElementInstanceKey: '200' } as never;
    const [step] = assembleReplay({ processInstanceKey: instanceKey, records, decisions: [], auditEvents: [], children: [child] });
    expect(step?.childInstanceKey).toBe('300');
  });

  it('when user tasks, timers, messages, incidents and failed jobs are recorded, then each becomes a readable step; transient intents do not', () => {
    const records = [
      record('USER_TASK', 'CREATING', '1', { elementId: 'Task_Review', assignee: '' }),
      record('USER_TASK', 'CREATED', '1', { elementId: 'Task_Review', assignee: '', candidateGroupsList: ['credit-analyst'] }),
      record('USER_TASK', 'ASSIGNED', '1', { elementId: 'Task_Review', assignee: 'analyst.wang' }),
      record('USER_TASK', 'COMPLETED', '1', { elementId: 'Task_Review', assignee: 'analyst.wang', variables: { decision: 'APPROVE' } }),
      record('TIMER', 'CREATED', '2', { targetElementId: 'Boundary_Sla', dueDate: Date.UTC(2026, 10, 30) }),
      record('PROCESS_MESSAGE_SUBSCRIPTION', 'CORRELATED', '3', { elementId: 'Event_Paid', messageName: 'payment-received', correlationKey: 'INV-1' }),
      record('INCIDENT', 'CREATED', '4', { elementId: 'Task_Record', errorType: 'JOB_NO_RETRIES', errorMessage: 'database down' }),
      record('JOB', 'FAILED', '5', { elementId: 'Task_Record', type: 'record-sla-breach', retries: 0, errorMessage: 'database down' }),
      record('JOB', 'COMPLETED', '6', { elementId: 'Task_Score', type: 'score-application' }),
    ];
    const steps = assembleReplay({ processInstanceKey: instanceKey, records, decisions: [], auditEvents: [], children: [] });
    expect(steps.map((step) => step.title)).toEqual([
      'User task Task_Review created',
      'User task Task_Review assigned (assignee analyst.wang)',
      'User task Task_Review completed (assignee analyst.wang)',
      'Timer Boundary_Sla created',
      'Message payment-received correlated (key INV-1)',
      'Incident created at Task_Record: JOB_NO_RETRIES',
      'Job record-sla-breach failed',
    ]);
    expect(steps[1]?.detail).toMatchObject({ assignee: 'analyst.wang' });
    expect(steps[2]?.detail).toMatchObject({ submitted: { decision: 'APPROVE' } });
    expect(steps[3]?.detail).toMatchObject({ dueDate: '2026-11-30T00:00:00.000Z' });
  });
});

