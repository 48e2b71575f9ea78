import { assembleReplay, type InstanceHistory } from '../../src/audit/instance-replay';
import { diagramFlows } from '../../src/audit/diagram-flows';
import type { ActivityView, VariableUpdateView } from '../../src/engine/history/engine-history.reader';

const pid = 'pi-1';
const t = (second: number, ms = 0) => new Date(Date.UTC(2026, 10, 23, 8, 0, second, ms)).toISOString();
const activity = (id: string, elementId: string, elementType: string, startedAt: string, endedAt: string | null, extra: Partial<ActivityView> = {}): ActivityView => ({
  activityInstanceId: id, elementId, elementName: null, elementType, parentActivityInstanceId: pid, startedAt, endedAt, canceled: false, calledProcessInstanceId: null, taskId: null, assignee: null, ...extra,
});
const update = (name: string, value: unknown, at: string, extra: Partial<VariableUpdateView> = {}): VariableUpdateView => ({
  name, value, processLevel: true, scopeExecutionId: pid, activityInstanceId: pid, operationId: null, at, revision: 0, ...extra,
});
const flows = (...pairs: Array<[string, string, string]>) => ({ flows: pairs.map(([id, sourceId, targetId]) => ({ id, sourceId, targetId })), messageNameOf: {} as Record<string, string> });

function history(overrides: Partial<InstanceHistory>): InstanceHistory {
  return {
    instance: {
      processInstanceId: pid, processId: 'p', processDefinitionId: 'p:2:def', version: 2, businessKey: 'app-1', superProcessInstanceId: null,
      startedAt: t(0), endedAt: null, state: 'ACTIVE', endActivityId: null, startedBy: 'creditservice', deleteReason: null,
    },
    activities: [], variableUpdates: [], userTasks: [], operations: [], incidents: [], decisions: [], externalTasks: [], jobs: [], messages: [], auditEvents: [],
    diagram: flows(),
    ...overrides,
  };
}

describe('instance replay assembly from Operaton history', () => {
  it('when a finished instance is assembled, then each step carries the path so far and the instance\'s variables as they stood', () => {
    // given a start event, a flow, a task writing a variable (and one local to it), a flow and the end, all in one millisecond where the engine was quick
    const steps = assembleReplay(history({
      instance: { ...history({}).instance, endedAt: t(5), state: 'COMPLETED', endActivityId: 'End' },
      activities: [
        activity('a1', 'Start', 'startEvent', t(1), t(1)),
        activity('a2', 'Task', 'serviceTask', t(1), t(4)),
        activity('a3', 'End', 'noneEndEvent', t(4), t(4)),
      ],
      variableUpdates: [
        update('amount', 10, t(0, 1)),
        update('local', 'x', t(2), { processLevel: false, scopeExecutionId: 'exec-2', activityInstanceId: 'a2' }),
        update('amount', 20, t(3), { activityInstanceId: 'a2' }),
      ],
      diagram: flows(['Flow_1', 'Start', 'Task'], ['Flow_2', 'Task', 'End'], ['Flow_Unused', 'Start', 'End']),
    }));
    // then variables are no steps, flows are derived from the diagram, and the state follows the steps
    expect(steps.map((step) => step.kind)).toEqual([
      'instance-started', 'element-activated', 'element-completed', 'flow-taken', 'element-activated', 'element-completed', 'flow-taken', 'element-activated', 'element-completed', 'instance-ended',
    ]);
    expect(steps[0]).toMatchObject({ title: 'Instance of p v2 started by creditservice', variables: {} });
    expect(steps[1]).toMatchObject({ variables: { amount: 10 }, changedVariables: ['amount'] });
    expect(steps[3]).toMatchObject({ elementId: 'Flow_1', takenFlowIds: ['Flow_1'] });
    expect(steps[4]).toMatchObject({ activeElementIds: ['Task'], completedElementIds: ['Start'] });
    expect(steps[5]).toMatchObject({ activeElementIds: [], completedElementIds: ['Start', 'Task'], variables: { amount: 20 }, changedVariables: ['amount'] });
    expect(steps.at(-1)).toMatchObject({ title: 'Instance completed at End', takenFlowIds: ['Flow_1', 'Flow_2'], completedElementIds: ['Start', 'Task', 'End'] });
    expect(steps.flatMap((step) => Object.keys(step.variables))).not.toContain('local');
  });

  it('when audit rows and a decision are merged, then audit rows fall in by time and the decision right after its task\'s activation', () => {
    const steps = assembleReplay(history({
      activities: [activity('brt', 'Task_Decide', 'businessRuleTask', t(1), t(9))],
      decisions: [{
        decisionInstanceId: 'd1', decisionId: 'd', decisionDefinitionId: 'd:3:x', decisionVersion: 3, elementId: 'Task_Decide', activityInstanceId: 'brt', evaluatedAt: t(2), rootDecisionInstanceId: null,
        inputs: [{ clauseId: 'In_Score', clauseName: 'Score', value: 71 }],
        outputs: [{ clauseId: 'Out_Grade', clauseName: 'Grade', variableName: 'grade', ruleId: 'Rule_1', ruleOrder: 1, value: 'A' }],
      }],
      auditEvents: [{ id: '1', occurredAt: t(5), actor: 'sales.li', role: 'sales', action: 'POST /api/events/:event', target: 'event/x/app-1', requestId: 'r', payloadDigest: 'd', result: '202', prevHash: '0' }],
    }));
    expect(steps.map((step) => step.kind)).toEqual(['instance-started', 'element-activated', 'decision', 'audit', 'element-completed']);
    expect(steps[2]).toMatchObject({ title: 'Decision d v3 evaluated', elementId: 'Task_Decide', activeElementIds: ['Task_Decide'] });
    expect(steps[2]?.detail).toMatchObject({ decisionId: 'd', decisionDefinitionId: 'd:3:x', inputs: { Score: 71 }, output: [{ grade: 'A' }], matchedRuleIds: ['Rule_1'] });
    expect(steps[3]).toMatchObject({ source: 'audit', title: 'sales.li (sales): POST /api/events/:event → 202' });
  });

  it('when a call activity started a child instance, then its activation step links to the child', () => {
    const [, step] = assembleReplay(history({ activities: [activity('ca', 'CallActivity_X', 'callActivity', t(1), null, { calledProcessInstanceId: 'child-1' })] }));
    expect(step).toMatchObject({ kind: 'element-activated', childInstanceId: 'child-1' });
  });

  it('when an exclusive gateway chose one way and a parallel split both, then exactly the flows taken are marked', () => {
    const steps = assembleReplay(history({
      activities: [
        activity('g1', 'Gateway_Choose', 'exclusiveGateway', t(1), t(1)),
        activity('a', 'Task_A', 'serviceTask', t(1), t(2)),
        activity('s', 'Gateway_Split', 'parallelGateway', t(2), t(2)),
        activity('b', 'Task_B', 'userTask', t(2), null),
        activity('c', 'Task_C', 'userTask', t(2), null),
        // Task_X is reached later from elsewhere, not from the gateway that chose Task_A
        activity('x', 'Task_X', 'serviceTask', t(3), null),
      ],
      diagram: flows(['Flow_ToA', 'Gateway_Choose', 'Task_A'], ['Flow_ToX', 'Gateway_Choose', 'Task_X'], ['Flow_AToSplit', 'Task_A', 'Gateway_Split'], ['Flow_ToB', 'Gateway_Split', 'Task_B'], ['Flow_ToC', 'Gateway_Split', 'Task_C']),
    }));
    expect(steps.at(-1)?.takenFlowIds).toEqual(['Flow_ToA', 'Flow_AToSplit', 'Flow_ToB', 'Flow_ToC']);
    expect(steps.at(-1)?.activeElementIds).toEqual(['Task_B', 'Task_C', 'Task_X']);
  });

  it('when user tasks, timers, messages, incidents, failed jobs and operations are recorded, then each becomes a readable step; transient log entries do not', () => {
    const steps = assembleReplay(history({
      activities: [
        activity('ut', 'Task_Review', 'userTask', t(1), t(10), { taskId: 'task-1' }),
        activity('msg', 'Event_Paid', 'intermediateMessageCatch', t(10), t(12)),
        activity('st', 'Task_Record', 'serviceTask', t(12), null),
      ],
      userTasks: [{
        taskId: 'task-1', elementId: 'Task_Review', name: 'Review', activityInstanceId: 'ut', assignee: 'analyst.wang', owner: null, candidateGroups: ['credit-analyst'],
        createdAt: t(1), endedAt: t(9, 500), dueDate: t(50), followUpDate: null, priority: 60, state: 'Completed', deleteReason: 'completed',
      }],
      operations: [
        { operationId: 'op-start', operationType: 'Create', entityType: 'ProcessInstance', userId: 'creditservice', at: t(0, 5), taskId: null, jobId: null, externalTaskId: null, changes: [], annotation: null },
        { operationId: 'op-claim', operationType: 'Claim', entityType: 'Task', userId: 'analyst.wang', at: t(3), taskId: 'task-1', jobId: null, externalTaskId: null, changes: [{ property: 'assignee', from: null, to: 'analyst.wang' }], annotation: null },
        { operationId: 'op-done', operationType: 'Complete', entityType: 'Task', userId: 'analyst.wang', at: t(9, 400), taskId: 'task-1', jobId: null, externalTaskId: null, changes: [{ property: 'delete', from: 'false', to: 'true' }], annotation: null },
        { operationId: 'op-retry', operationType: 'SetExternalTaskRetries', entityType: 'ExternalTask', userId: 'ops.kim', at: t(20), taskId: null, jobId: null, externalTaskId: 'et-1', changes: [{ property: 'retries', from: '0', to: '1' }], annotation: null },
      ],
      variableUpdates: [
        update('decision', 'APPROVE', t(9, 300), { processLevel: false, scopeExecutionId: 'exec-ut', activityInstanceId: 'ut', operationId: 'op-done' }),
        update('analystDecision', 'APPROVE', t(9, 600), { activityInstanceId: pid, operationId: 'op-done' }),
      ],
      jobs: [
        { at: t(1), event: 'created', jobId: 'j1', jobType: 'timer-transition', configuration: 'DATE: ${dueAt}', dueDate: t(50), retries: 3, exceptionMessage: null, elementId: 'Boundary_Sla', failedElementId: null },
        { at: t(10), event: 'deleted', jobId: 'j1', jobType: 'timer-transition', configuration: 'DATE: ${dueAt}', dueDate: t(50), retries: 3, exceptionMessage: null, elementId: 'Boundary_Sla', failedElementId: null },
        { at: t(13), event: 'created', jobId: 'j2', jobType: 'async-continuation', configuration: 'async-before', dueDate: null, retries: 3, exceptionMessage: null, elementId: 'Task_Record', failedElementId: null },
      ],
      externalTasks: [
        { at: t(12), event: 'created', externalTaskId: 'et-1', topic: 'record-sla-breach', workerId: null, retries: null, errorMessage: null, elementId: 'Task_Record', activityInstanceId: 'st' },
        { at: t(14), event: 'failed', externalTaskId: 'et-1', topic: 'record-sla-breach', workerId: 'w-1', retries: 0, errorMessage: 'database down', elementId: 'Task_Record', activityInstanceId: 'st' },
      ],
      incidents: [{ incidentId: 'i-1', elementId: 'Task_Record', incidentType: 'failedExternalTask', message: 'database down', createdAt: t(15), open: false, endedAt: t(21) }],
      messages: [{ messageId: 'payment-received:k1', messageName: 'payment-received', correlationVariable: 'receivableId', correlationValue: 'INV-1' }],
      diagram: { flows: [], messageNameOf: { Event_Paid: 'payment-received' } },
    }));
    expect(steps.filter((step) => !['instance-started', 'element-activated', 'element-completed'].includes(step.kind)).map((step) => step.title)).toEqual([
      'User task Task_Review created',
      'Timer Boundary_Sla created',
      'User task Task_Review claimed (assignee analyst.wang) by analyst.wang',
      'User task Task_Review completed by analyst.wang (assignee analyst.wang)',
      'Timer Boundary_Sla cancelled',
      'Message payment-received correlated (receivableId INV-1)',
      'External task record-sla-breach failed (retries left 0)',
      'Incident created at Task_Record: failedExternalTask',
      'ops.kim: SetExternalTaskRetries ExternalTask',
      'Incident ended at Task_Record',
    ]);
    const completed = steps.find((step) => step.title.startsWith('User task Task_Review completed'));
    expect(completed?.detail).toMatchObject({ completedBy: 'analyst.wang', candidateGroups: ['credit-analyst'], submitted: { decision: 'APPROVE' }, priority: 60 });
    expect(steps.find((step) => step.kind === 'timer')?.detail).toMatchObject({ dueDate: t(50) });
  });

  it('when a deployed diagram is read, then its flows (sub-processes included) and message catch events are found', () => {
    const xml = `<?xml version="1.0"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D">
      <bpmn:message id="Message_Paid" name="payment-received" />
      <bpmn:process id="p"><bpmn:startEvent id="S" /><bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="Sub" />
        <bpmn:subProcess id="Sub"><bpmn:intermediateCatchEvent id="Event_Paid"><bpmn:messageEventDefinition id="M1" messageRef="Message_Paid" /></bpmn:intermediateCatchEvent>
          <bpmn:sequenceFlow id="F2" sourceRef="Event_Paid" targetRef="E" /></bpmn:subProcess></bpmn:process></bpmn:definitions>`;
    expect(diagramFlows(xml)).toEqual({ flows: [{ id: 'F1', sourceId: 'S', targetId: 'Sub' }, { id: 'F2', sourceId: 'Event_Paid', targetId: 'E' }], messageNameOf: { Event_Paid: 'payment-received' } });
  });
});
