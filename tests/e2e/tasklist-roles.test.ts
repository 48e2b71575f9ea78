import { passwordOf } from '../support/local-passwords';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { reviewSlaJobTypes } from '../../src/contracts/review-sla.contract';
import { tieredReviewProcess } from '../../src/contracts/tiered-review.contract';
import { endpoints, engineProfile } from '../../src/engine/local/engine-profile';
import { toTypedVariables } from '../../src/engine/variables';
import { launchChromium } from '../../src/web/chromium';
import { creditDecisionInput } from '../fixtures/credit-decisions/credit-decision-input';
import { logInToEngineApp } from '../support/engine-app-login';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { waitFor } from '../support/wait-for';
import { screenshotDir } from '../support/web-session';

const tasklist = endpoints(engineProfile('test')).tasklist;
const filterNames = {
  groupTasks: '我的组任务 My group\'s tasks',
  committeeVotes: '委员会表决 Committee votes',
  dunningCalls: '催收电话 Dunning calls',
};

/** The open tasks this suite sets up, one kind per role. */
type TaskKind = 'analystReview' | 'managerReview' | 'committeeVote' | 'dunningCall' | 'legalRoute';

/**
 * Issue 11: each role logs in to Operaton Tasklist in a Chinese browser and sees exactly its own
 * tasks — the analyst her review, the manager his, a committee member his own ballot (not a
 * colleague's), finance the dunning call, legal the legal route, sales and the auditor none of them —
 * and the auditor, who may read every task, is refused by the engine when he tries to take one.
 * The cases are the real deployed processes, each started just before the step that sets its SLA
 * deadline, so the real deadline worker creates the task as in production.
 */
describe('Operaton Tasklist per role, in zh-CN: each group sees exactly its own tasks', () => {
  let system: TestSystem;
  let browser: Browser;
  const tasks = {} as Record<TaskKind, string[]>;
  const label = `角色 ${randomUUID().slice(0, 6)}`;

  async function startBefore(processId: string, activityId: string, variables: Record<string, unknown>): Promise<string> {
    const deployed = system.deployed.find((resource) => resource.kind === 'process' && resource.id === processId);
    if (!deployed) throw new Error(`${processId} is not deployed`);
    const instance = await system.engine.post<{ id: string }>(`/process-definition/${deployed.definitionId}/start`, {
      businessKey: `${label} ${activityId}`,
      variables: toTypedVariables(variables),
      startInstructions: [{ type: 'startBeforeActivity', activityId }],
    });
    return instance.id;
  }

  async function openTaskIds(processInstanceId: string, taskDefinitionKey: string, count: number): Promise<string[]> {
    return waitFor(`${count} task(s) ${taskDefinitionKey} in ${processInstanceId}`, async () => {
      const found = await system.engine.get<Array<{ id: string }>>('/task', { processInstanceId, taskDefinitionKey });
      return found.length === count ? found.map((task) => task.id) : undefined;
    });
  }

  beforeAll(async () => {
    system = await startTestSystem({ workerTopics: [reviewSlaJobTypes.computeSlaDeadline] });
    const review = (customerName: string) => creditDecisionInput({ customerName: `${label} ${customerName}`, proposedLimit: 6_000_000, score: 72 });
    const receivable = { receivableId: `AR-${label}`, customerId: randomUUID(), openAmount: 128_000, currency: 'CNY', daysOverdue: 35, lateFeesTotal: 640 };

    const analystCase = await system.engine.startProcess({ id: system.deployed.find((resource) => resource.id === tieredReviewProcess.processId)?.definitionId as string }, { businessKey: `${label} analyst`, variables: review('专员审查 analyst review') });
    // what the earlier levels decided, as the process would hold it on reaching the next one
    const analystApproved = { analystDecision: 'APPROVE', approvedLimit: 6_000_000, approvedTermDays: 45, decisionReasons: ['专员同意 Analyst approves'] };
    const managerCase = await startBefore(tieredReviewProcess.processId, 'Task_SetManagerDeadline', { ...review('经理审查 manager review'), ...analystApproved });
    const committeeCase = await startBefore(tieredReviewProcess.processId, 'Task_SetCommitteeDeadline', { ...review('委员会表决 committee vote'), ...analystApproved, managerDecision: 'APPROVE' });
    const dunningCase = await startBefore('dunning', 'Task_SetCallDeadline', receivable);
    const legalCase = await startBefore('legal-escalation', 'Task_SetLegalRouteDeadline', { ...receivable, receivableId: `AR-${label}-L`, daysOverdue: 95, evidencePackId: `EP-${label}` });

    tasks.analystReview = await openTaskIds(analystCase.id, tieredReviewProcess.elements.analystReview, 1);
    tasks.managerReview = await openTaskIds(managerCase, tieredReviewProcess.elements.managerReview, 1);
    tasks.committeeVote = await openTaskIds(committeeCase, 'Task_CommitteeVote', 4);
    tasks.dunningCall = await openTaskIds(dunningCase, 'Task_CallCustomer', 1);
    tasks.legalRoute = await openTaskIds(legalCase, 'Task_ChooseLegalRoute', 1);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await system?.close();
  });

  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(screenshotDir, `tasklist-role-${name}.png`), fullPage: true });

  async function logIn(username: string): Promise<Page> {
    const page = await (await browser.newContext({ viewport: { width: 1500, height: 1000 }, locale: 'zh-CN' })).newPage();
    await page.goto(tasklist);
    await logInToEngineApp(page, username, passwordOf(username));
    await waitFor(`${username}'s Tasklist filters`, async () => (await page.locator('.task-filters .task-filter h4.name').count()) > 0 || undefined)
      .catch(async (error: unknown) => {
        await shot(page, `login-failed-${username}`);
        throw error;
      });
    return page;
  }

  /** Opens a filter and reads the ids of the tasks it lists once the list has settled on the filter's count. */
  async function listedTaskIds(page: Page, filterName: string): Promise<string[]> {
    const filter = page.locator('.task-filters .task-filter h4.name').filter({ hasText: filterName });
    await filter.click();
    return waitFor(`the tasks of filter ${filterName}`, async () => {
      const shown = (await filter.innerText()).trim();
      const count = Number(/\(?(\d+)\)?$/.exec(shown)?.[1] ?? NaN);
      const ids = await page.locator('ol.tasks-list li.task a[href^="#/?task="]').evaluateAll((links) => links.map((link) => (link.getAttribute('href') as string).replace('#/?task=', '')));
      if (!Number.isInteger(count) || ids.length !== count) throw new Error(`the filter shows '${shown}', the list ${ids.length} task(s)`);
      return ids.sort();
    }, 30_000);
  }

  it.each([
    { username: 'analyst.wang', filter: filterNames.groupTasks, own: (): string[] => tasks.analystReview },
    { username: 'manager.zhang', filter: filterNames.groupTasks, own: (): string[] => tasks.managerReview },
    { username: 'finance.chen', filter: filterNames.dunningCalls, own: (): string[] => tasks.dunningCall },
    { username: 'finance.chen', filter: filterNames.groupTasks, own: (): string[] => tasks.dunningCall },
    { username: 'legal.zhao', filter: filterNames.groupTasks, own: (): string[] => tasks.legalRoute },
    { username: 'sales.li', filter: filterNames.groupTasks, own: (): string[] => [] },
    { username: 'auditor.sun', filter: filterNames.groupTasks, own: (): string[] => [] },
  ])('when $username opens "$filter", then it lists exactly the tasks of that role', async ({ username, filter, own }) => {
    const page = await logIn(username);
    expect(await listedTaskIds(page, filter)).toEqual([...own()].sort());
    await shot(page, username);
    await page.context().close();
  });

  it('when a committee member opens his committee votes, then he sees his own ballot and none of his colleagues\'', async () => {
    const member = 'head.finance';
    const ballots = await Promise.all(tasks.committeeVote.map(async (id) => ({ id, assignee: (await system.engine.get<{ assignee: string }>(`/task/${id}`)).assignee })));
    expect(ballots.map((ballot) => ballot.assignee).sort()).toEqual(['head.finance', 'head.legal', 'head.risk', 'head.sales']);
    const page = await logIn(member);
    expect(await listedTaskIds(page, filterNames.committeeVotes)).toEqual(ballots.filter((ballot) => ballot.assignee === member).map((ballot) => ballot.id));
    expect(await listedTaskIds(page, filterNames.groupTasks)).toEqual([]);
    await shot(page, member);
    await page.context().close();
  });

  it('when the auditor opens the analyst\'s review and tries to claim it, then the engine refuses and the task stays as it was', async () => {
    const [taskId] = tasks.analystReview as [string];
    const auditor = { user: 'auditor.sun', password: passwordOf('auditor.sun') };
    const page = await logIn(auditor.user);
    // he may read it: Tasklist opens the task with its form
    await page.goto(`${tasklist}#/?task=${taskId}`);
    const claim = page.getByText('认领', { exact: true });
    await claim.waitFor({ timeout: 30_000 });
    await claim.click();
    await page.getByText('认领任务时出错。').first().waitFor({ timeout: 15_000 });
    await shot(page, 'auditor-claim-refused');
    await page.context().close();

    // the engine's REST API refuses him completion too, and nothing of him is left on the task or in the log
    const complete = await fetch(`${endpoints(engineProfile('test')).restAddress}/task/${taskId}/complete`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`${auditor.user}:${auditor.password}`).toString('base64')}` },
      body: JSON.stringify({ variables: { analystDecision: { value: 'APPROVE' } } }),
    });
    expect(complete.status).toBe(403);
    const task = await system.engine.get<{ assignee: string | null }>(`/task/${taskId}`);
    expect(task.assignee).toBeNull();
    expect(await system.engine.get('/task', { taskId, processVariables: 'analystDecision_eq_APPROVE' })).toEqual([]);
    expect(await system.engine.get('/history/user-operation', { userId: auditor.user, taskId })).toEqual([]);
  });
});
