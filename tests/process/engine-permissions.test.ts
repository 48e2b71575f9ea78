import { passwordOf } from '../support/local-passwords';
import { reviewSlaJobTypes } from '../../src/contracts/review-sla.contract';
import { tieredReviewProcess as contract } from '../../src/contracts/tiered-review.contract';
import { EngineRestError, type EngineCredentials } from '../../src/engine/engine-client';
import { creditDecisionInput } from '../fixtures/credit-decisions/credit-decision-input';
import { ProcessDriver } from '../support/process-driver';
import { startTestSystem, type TestSystem } from '../support/test-system';

type Method = 'GET' | 'POST' | 'PUT';
interface Row {
  user: string;
  action: string;
  method: Method;
  path: (ids: Ids) => string;
  body?: unknown;
  form?: () => FormData;
  /** 2xx, or 403 for a refusal. */
  expected: 'allowed' | 403;
  /** For an allowed read: how many rows it must see (a group sees only its own). */
  sees?: number | 'some';
}
interface Ids { processInstanceId: string; taskId: string }

const as = (user: string): EngineCredentials => ({ user, password: passwordOf(user) });
const oneModel = () => {
  const form = new FormData();
  form.set('deployment-name', 'permission-walk');
  form.set('walk.bpmn', new Blob(['<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="x"><process id="permission-walk" isExecutable="true"><startEvent id="s"/></process></definitions>']), 'walk.bpmn');
  return form;
};

/**
 * Issue 11's role × action matrix against the engine's own REST API, each request as the person
 * (basic auth with their password): the engine's authorizations decide, not our API.
 */
const matrix: Row[] = [
  { user: 'analyst.wang', action: 'sees her group\'s review task', method: 'GET', path: (ids) => `/task?processInstanceId=${ids.processInstanceId}`, expected: 'allowed', sees: 1 },
  { user: 'manager.zhang', action: 'does not see the analyst\'s task', method: 'GET', path: (ids) => `/task?processInstanceId=${ids.processInstanceId}`, expected: 'allowed', sees: 0 },
  { user: 'head.risk', action: 'does not see the analyst\'s task', method: 'GET', path: (ids) => `/task?processInstanceId=${ids.processInstanceId}`, expected: 'allowed', sees: 0 },
  { user: 'finance.chen', action: 'does not see the analyst\'s task', method: 'GET', path: (ids) => `/task?processInstanceId=${ids.processInstanceId}`, expected: 'allowed', sees: 0 },
  { user: 'manager.zhang', action: 'may not claim the analyst\'s task', method: 'POST', path: (ids) => `/task/${ids.taskId}/claim`, body: { userId: 'manager.zhang' }, expected: 403 },
  { user: 'manager.zhang', action: 'may not complete the analyst\'s task', method: 'POST', path: (ids) => `/task/${ids.taskId}/complete`, body: { variables: {} }, expected: 403 },
  { user: 'manager.zhang', action: 'reads no instance history', method: 'GET', path: (ids) => `/history/process-instance?processInstanceId=${ids.processInstanceId}`, expected: 'allowed', sees: 0 },
  { user: 'sales.li', action: 'reads no process definition', method: 'GET', path: () => `/process-definition?key=${contract.processId}`, expected: 'allowed', sees: 0 },
  { user: 'auditor.sun', action: 'reads the task', method: 'GET', path: (ids) => `/task?processInstanceId=${ids.processInstanceId}`, expected: 'allowed', sees: 1 },
  { user: 'auditor.sun', action: 'reads the instance history', method: 'GET', path: (ids) => `/history/process-instance?processInstanceId=${ids.processInstanceId}`, expected: 'allowed', sees: 1 },
  { user: 'auditor.sun', action: 'reads the variable history', method: 'GET', path: (ids) => `/history/variable-instance?processInstanceId=${ids.processInstanceId}`, expected: 'allowed', sees: 'some' },
  { user: 'auditor.sun', action: 'reads the decisions with their inputs', method: 'GET', path: (ids) => `/history/decision-instance?processInstanceId=${ids.processInstanceId}&includeInputs=true`, expected: 'allowed', sees: 'some' },
  { user: 'auditor.sun', action: 'reads the user operation log', method: 'GET', path: () => '/history/user-operation?maxResults=5', expected: 'allowed', sees: 'some' },
  { user: 'auditor.sun', action: 'may not claim the task', method: 'POST', path: (ids) => `/task/${ids.taskId}/claim`, body: { userId: 'auditor.sun' }, expected: 403 },
  { user: 'auditor.sun', action: 'may not complete the task', method: 'POST', path: (ids) => `/task/${ids.taskId}/complete`, body: { variables: {} }, expected: 403 },
  { user: 'auditor.sun', action: 'may not change a variable', method: 'PUT', path: (ids) => `/process-instance/${ids.processInstanceId}/variables/proposedLimit`, body: { value: 9_000_000, type: 'Double' }, expected: 403 },
  { user: 'auditor.sun', action: 'may not deploy', method: 'POST', path: () => '/deployment/create', form: oneModel, expected: 403 },
  { user: 'owner.liu', action: 'reads the process definitions', method: 'GET', path: () => `/process-definition?key=${contract.processId}`, expected: 'allowed', sees: 'some' },
  { user: 'owner.liu', action: 'reads the instance history', method: 'GET', path: (ids) => `/history/process-instance?processInstanceId=${ids.processInstanceId}`, expected: 'allowed', sees: 1 },
  { user: 'owner.liu', action: 'may not deploy (only through the four-eyes modeler)', method: 'POST', path: () => '/deployment/create', form: oneModel, expected: 403 },
  { user: 'owner.liu', action: 'may not complete the task', method: 'POST', path: (ids) => `/task/${ids.taskId}/complete`, body: { variables: {} }, expected: 403 },
];

describe('who may do what in the engine: the role × action matrix, as each person', () => {
  let system: TestSystem;
  let ids: Ids;
  let before: { proposedLimit: unknown; deployments: number };
  beforeAll(async () => {
    system = await startTestSystem({ workerTopics: [reviewSlaJobTypes.computeSlaDeadline] });
    // given a case waiting at the credit analyst's review
    const request = creditDecisionInput({ proposedLimit: 2_000_000 });
    const driver = await ProcessDriver.start(system, contract.processId, request, request.applicationId);
    const [task] = await driver.userTasks(contract.elements.analystReview);
    ids = { processInstanceId: driver.processInstanceId, taskId: task?.taskId as string };
    before = { proposedLimit: (await driver.variables()).proposedLimit, deployments: (await system.engine.get<{ count: number }>('/deployment/count', { name: 'permission-walk' })).count };
  });
  afterAll(async () => {
    await system.engine.deleteProcessInstance(ids.processInstanceId, 'permission walk done').catch(() => undefined);
    await system?.close();
  });

  it.each(matrix.map((row) => [`${row.user} ${row.action}`, row]))('%s', async (_name, row) => {
    const path = row.path(ids);
    const [pathname, search] = path.split('?');
    const query = Object.fromEntries(new URLSearchParams(search ?? ''));
    let status = 200;
    let answer: unknown;
    try {
      answer = await system.engine.request(row.method, pathname as string, { query, body: row.body, form: row.form?.(), as: as(row.user) });
    } catch (error) {
      if (!(error instanceof EngineRestError)) throw error;
      status = error.status;
    }
    if (row.expected === 403) {
      expect({ status }).toEqual({ status: 403 });
      return;
    }
    expect({ status }).toEqual({ status: 200 });
    const rows = answer as unknown[];
    if (row.sees === 'some') expect(rows.length).toBeGreaterThan(0);
    else expect(rows).toHaveLength(row.sees as number);
  });

  it('when the refused actions were tried, then nothing changed: the task is open and unclaimed, the variable and the deployments as they were, and the log holds no operation of theirs', async () => {
    const [task] = await system.engine.tasks({ taskId: ids.taskId });
    expect(task).toMatchObject({ id: ids.taskId, assignee: null });
    expect((await system.history.variables(ids.processInstanceId)).proposedLimit).toEqual(before.proposedLimit);
    expect((await system.engine.get<{ count: number }>('/deployment/count', { name: 'permission-walk' })).count).toBe(before.deployments);
    for (const user of new Set(matrix.filter((row) => row.expected === 403).map((row) => row.user))) {
      const operations = await system.engine.get<Array<{ operationType: string; processInstanceId: string | null }>>('/history/user-operation', { userId: user, processInstanceId: ids.processInstanceId });
      expect({ user, operations }).toEqual({ user, operations: [] });
    }
  });

  it('when the analyst claims and completes her review, then the engine allows it and logs both under her name', async () => {
    const analyst = as('analyst.wang');
    await system.engine.claimTask(ids.taskId, analyst.user, analyst);
    await system.engine.completeTask(ids.taskId, { decision: 'APPROVE', limit: 2_000_000, termDays: 45, comment: 'Sound statements, clean registry record.' }, analyst);
    const operations = await system.engine.get<Array<{ operationType: string; userId: string }>>('/history/user-operation', { taskId: ids.taskId });
    expect(operations.map((operation) => [operation.userId, operation.operationType])).toEqual(expect.arrayContaining([['analyst.wang', 'Claim'], ['analyst.wang', 'Complete']]));
  });
});
