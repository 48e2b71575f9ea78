import { passwordOf } from '../support/local-passwords';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { endpoints, engineProfile } from '../../src/engine/local/engine-profile';
import { filtersOf } from '../../src/engine/identity/tasklist-access';
import { tasklistReviewCase } from '../support/tasklist-review-case';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { waitFor } from '../support/wait-for';
import { engineAppPage, screenshotDir } from '../support/web-session';
import { logInToEngineApp } from '../support/engine-app-login';

const review = tasklistReviewCase();

describe(`Operaton Tasklist in Chromium: a credit analyst reviews (${review.label})`, () => {
  let system: TestSystem;
  let browser: Browser;
  let page: Page;
  const shot = (name: string) => page.screenshot({ path: path.join(screenshotDir, `tasklist-${name}.png`), fullPage: true });

  let outside: { tearDown(): Promise<void> } | undefined;

  beforeAll(async () => {
    outside = await review.setUp?.();
    system = await startTestSystem(review.workerTopics ? { workerTopics: review.workerTopics } : {});
    ({ browser, page } = await engineAppPage('en-US'));
  });
  afterAll(async () => {
    await browser?.close();
    await system?.close();
    await outside?.tearDown();
  });

  it('when analyst.wang logs in, opens the review from her group filter, claims it and completes the linked form, then the case moves on with her decision', async () => {
    // given a case waiting at the analyst review
    const { processInstanceId, taskId, applicationId, shownFields } = await review.start(system);
    const analyst = { user: 'analyst.wang', password: passwordOf('analyst.wang') };
    const manager = { user: 'manager.zhang', password: passwordOf('manager.zhang') };
    // the engine shows the task to the analyst's group, not to the credit manager
    expect((await system.engine.get<Array<{ id: string }>>('/task', { processInstanceId }, analyst)).map((task) => task.id)).toEqual([taskId]);
    expect(await system.engine.get('/task', { processInstanceId }, manager)).toEqual([]);

    // when she logs in to Tasklist
    await page.goto(endpoints(engineProfile('test')).tasklist);
    await page.getByPlaceholder('Username').waitFor();
    await page.getByRole('button', { name: 'Log in' }).waitFor();
    await logInToEngineApp(page, analyst.user, analyst.password);
    // then she sees the filters of her group (not the administrator's "All tasks")
    const filterList = page.locator('.task-filters .task-filter h4.name');
    const analystFilters = filtersOf('credit-analyst');
    await waitFor('the Tasklist filters', async () => (await filterList.count()) >= analystFilters.length || undefined);
    const filterNames = (await filterList.allInnerTexts()).map((text) => text.replace(/\s*\(?\d+\)?\s*$/, '').trim());
    expect(filterNames).toEqual(analystFilters.map((filter) => filter.name));
    await shot('1-filters');

    // when she opens her group's tasks and the review
    await filterList.filter({ hasText: analystFilters[0]?.name as string }).click();
    const listed = page.locator(`ol.tasks-list li.task a[href="#/?task=${taskId}"]`);
    expect((await listed.innerText()).trim()).toBe(review.taskName);
    await listed.click();
    await page.waitForURL(new RegExp(`task=${taskId}`));
    // then the linked Camunda Form shows its fields, read-only until she claims the task
    const form = page.locator('.task-card form, [cam-tasklist-task] form, form').filter({ has: page.getByText(review.commentLabel) });
    await form.getByText(review.commentLabel).waitFor({ timeout: 30_000 });
    for (const [label, value] of Object.entries(shownFields)) {
      await expect(form.getByLabel(label, { exact: false }).inputValue()).resolves.toBe(value);
    }
    expect(await page.getByRole('button', { name: 'Complete' }).isDisabled()).toBe(true);
    await shot('2-form-before-claim');

    // when she claims it, decides and completes
    await page.getByText('Claim', { exact: true }).click();
    await waitFor('the claim', async () => (await system.engine.get<Array<{ assignee: string | null }>>('/task', { taskId }))[0]?.assignee === analyst.user);
    const comment = `额度与评分相符 Limit fits the score (${processInstanceId.slice(0, 8)})`;
    await form.getByLabel(review.decisionLabel).check();
    await form.getByLabel(review.commentLabel).fill(comment);
    await shot('3-form-filled');
    await page.getByRole('button', { name: 'Complete' }).click();

    // then the review is completed by her and the case waits at the next step, with her decision in the process
    const next = await waitFor(`${review.next.elementId} after the review`, async () =>
      (await system.history.openUserTasks(processInstanceId)).find((task) => task.elementId === review.next.elementId));
    expect(next.candidateGroups).toEqual(review.next.candidateGroups);
    const completed = await system.engine.get<Array<{ assignee: string; deleteReason: string; taskDefinitionKey: string }>>('/history/task', { processInstanceId, taskId });
    expect(completed).toEqual([expect.objectContaining({ assignee: analyst.user, deleteReason: 'completed', taskDefinitionKey: review.reviewElementId })]);
    const variables = await system.history.variables(processInstanceId);
    expect(variables).toMatchObject(review.outputs(comment));
    for (const field of review.localFields) expect(variables).not.toHaveProperty(field);
    // and our API reports the case waiting at the manager's review now, no longer at hers
    if (applicationId) {
      const status = (await system.api().get(`/api/applications/${applicationId}`).auth(manager.user, manager.password).expect(200)).body as { currentStep: { number: number }; openUserTasks: Array<{ elementId: string }> };
      expect(status.openUserTasks.map((open) => open.elementId)).toEqual([review.next.elementId]);
      expect(status.currentStep).toMatchObject({ number: 5 });
    }
    await page.waitForTimeout(500);
    await shot('4-completed');
  });
});
