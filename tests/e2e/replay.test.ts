import fs from 'node:fs';
import path from 'node:path';
import { tieredReviewProcess as contract } from '../../src/contracts/tiered-review.contract';
import { createKnex } from '../../src/db/knex';
import { engineProfile } from '../../src/engine/local/engine-profile';
import { deployFixtures } from '../support/fixture-deployment';
import { approvedTieredReview } from '../support/approved-tiered-review';
import { ProcessDriver } from '../support/process-driver';
import { waitFor } from '../support/wait-for';
import { screenshotDir, startWebSystem, type WebSystem } from '../support/web-session';

const { elements: e } = contract;
const fixtures = path.join(__dirname, '..', 'fixtures', 'replay');

describe('replay page (auditor) in Chromium', () => {
  let web: WebSystem;
  let driver: ProcessDriver;
  beforeAll(async () => {
    web = await startWebSystem();
    // given a tiered-review instance (the version this run deployed) driven to its end: the analyst claims and approves within authority
    driver = await approvedTieredReview(web);
  });
  afterAll(async () => {
    await web.close();
  });

  /** The engine's own history store, where a tamperer would have to go (Operaton offers no API to change a recorded decision). */
  const engineDb = () => createKnex(`postgres://postgres@127.0.0.1:5432/${engineProfile('test').database}`);

  it('when the auditor steps through a finished instance, then the path and the variables follow the step', async () => {
    const { page, errors } = await web.loginAs('auditor.sun');
    // when the auditor searches for completed tiered reviews
    await page.goto('/replay');
    await page.getByTestId('search-process').fill(contract.processId);
    await page.getByTestId('search-outcome').selectOption('completed');
    await page.getByTestId('search').click();
    // then the instance is listed with its end event, and opens
    const row = page.locator(`[data-testid=instances] tr[data-key="${driver.processInstanceId}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain(e.approvedByAnalyst);
    await row.getByRole('link').click();
    await page.getByTestId('step-label').filter({ hasText: 'step' }).waitFor();
    expect(await page.getByTestId('instance-heading').textContent()).toMatch(new RegExp(`${contract.processId} v\\d+ — COMPLETED`));
    // then at the last step the path taken is highlighted and the decision's output is a variable
    const analystTask = page.locator(`.djs-element[data-element-id="${e.analystReview}"]`);
    expect(await analystTask.getAttribute('class')).toContain('replay-completed');
    expect(await page.locator('.djs-connection.replay-flow').count()).toBeGreaterThan(2);
    expect(await page.locator('[data-testid=variables] tr[data-name=authority]').textContent()).toContain('ANALYST');
    expect(await page.locator('.djs-element.replay-completed').count()).toBe(6);
    expect(await page.getByTestId('lineage').textContent()).toContain(`business key ${(await web.history.instance(driver.processInstanceId))?.businessKey}`);
    await web.screenshot(page, 'replay-last-step');
    // when it goes back to the first step
    await page.getByTestId('step-first').click();
    // then nothing is highlighted as completed yet and the decision's output did not exist
    expect(await analystTask.getAttribute('class')).not.toContain('replay-completed');
    expect(await page.locator('[data-testid=variables] tr[data-name=authority]').count()).toBe(0);
    expect(await page.getByTestId('step-label').textContent()).toBe(`step 1 of ${await page.locator('#timeline li').count()}`);
    // when it steps to the decision
    const decision = page.locator('#timeline li.decision').first();
    const decisionIndex = Number(await decision.getAttribute('data-index'));
    await decision.click();
    // then the step names the decision and the analyst review is not reached yet
    expect(await page.getByTestId('step-title').textContent()).toContain('approval-authority');
    expect(await analystTask.getAttribute('class')).not.toMatch(/replay-(active|completed)/);
    await page.getByTestId('step-next').click();
    expect(await page.getByTestId('step-label').textContent()).toContain(`step ${decisionIndex + 2} of`);
    // the user task steps name what happened and who did it: offered to the analysts, claimed and completed by analyst.wang
    expect(await page.locator('#timeline li.user-task').allTextContents()).toEqual([
      expect.stringContaining(`User task ${e.analystReview} created`),
      expect.stringContaining(`User task ${e.analystReview} claimed (assignee analyst.wang)`),
      expect.stringContaining(`User task ${e.analystReview} completed by creditservice (assignee analyst.wang)`),
    ]);
    await page.locator('#timeline li.user-task').last().click();
    expect(await page.getByTestId('step-title').textContent()).toContain('"submitted"');
    expect(await page.getByTestId('step-title').textContent()).toContain('Financials and references are sound.');
    expect(await page.getByTestId('step-title').textContent()).toContain('credit-analyst');
    // the external task, the timer of the SLA boundary and the engine's operations are steps too
    expect(await page.locator('#timeline li.external-task').allTextContents()).toEqual([expect.stringContaining('External task compute-sla-deadline completed by worker')]);
    expect(await page.locator('#timeline li.timer').allTextContents()).toEqual([expect.stringContaining('created'), expect.stringContaining('cancelled')]);
    await web.screenshot(page, 'replay-decision-step');
    expect(errors).toEqual([]);
  });

  it('when the auditor re-verifies, then every recorded decision gives the same result; a tampered recorded input shows a difference', async () => {
    const { page, errors } = await web.loginAs('auditor.sun');
    await page.goto(`/replay#instance=${driver.processInstanceId}`);
    await page.getByTestId('step-label').filter({ hasText: 'step' }).waitFor();
    // when re-verifying against the recorded versions
    await page.getByTestId('reverify').click();
    const summary = page.getByTestId('reverification-summary');
    await summary.waitFor();
    // then the one decision is the same
    expect(await summary.textContent()).toContain('1 decision(s), 0 with a difference');
    expect(await page.locator('[data-testid=check][data-same=true]').count()).toBe(1);
    await web.screenshot(page, 'replay-reverified');
    // and the re-verification itself is in the audit log, merged into the timeline
    await waitFor('audit row of the re-verification', async () => {
      await page.reload();
      await page.getByTestId('step-label').filter({ hasText: 'step' }).waitFor();
      return (await page.locator('#timeline li.audit').filter({ hasText: 'reverification' }).count()) > 0;
    });

    // when the recorded input is tampered with in the engine's history store
    const [decision] = await web.history.decisionInstances(driver.processInstanceId);
    const db = engineDb();
    const recordedInput = () => db('act_hi_dec_in').where({ dec_inst_id_: decision!.decisionInstanceId, clause_id_: 'Input_ProposedLimit' });
    const [original] = await recordedInput().select('long_', 'text_', 'double_');
    // the table types the limit as a double: the engine stores it in double_ (and long_ as well for an integral value)
    expect(Number(original.double_ ?? original.long_)).toBe(400_000);
    await recordedInput().update({ long_: original.long_ === null ? null : 5_000_000, text_: original.text_ === null ? null : '5000000', double_: original.double_ === null ? null : 5_000_000 });
    try {
      await page.getByTestId('reverify').click();
      await page.locator('[data-testid=check][data-same=false]').waitFor();
      // then the difference is reported, by name
      expect(await summary.textContent()).toContain('1 decision(s), 1 with a difference');
      const check = await page.locator('[data-testid=check]').textContent();
      expect(check).toContain('MANAGER');
      expect(check).toContain('output.approvalLevel "ANALYST" → "MANAGER"');
      await web.screenshot(page, 'replay-tampered-input');
    } finally {
      await recordedInput().update(original);
      await db.destroy();
    }

    // when asking what-if with today's policy, then it evaluates against the latest deployed version
    await page.getByTestId('what-if').click();
    await summary.filter({ hasText: 'What-if' }).waitFor();
    expect(await summary.textContent()).toMatch(/What-if against today's versions: 1 decision\(s\)/);
    expect(errors).toEqual([]);
  });

  it('when the audit pack is exported, then JSON and PDF carry the diagram, timeline and re-verified decisions', async () => {
    const { context } = await web.loginAs('auditor.sun');
    const json = await context.request.get(`/api/replay/instances/${driver.processInstanceId}/audit-pack?format=json`);
    expect(json.status()).toBe(200);
    const pack = await json.json();
    expect(pack).toMatchObject({ format: 'credit-lifecycle-audit-pack/1', generatedBy: 'auditor.sun', instance: { processInstanceId: driver.processInstanceId, state: 'COMPLETED', endActivityId: e.approvedByAnalyst } });
    expect(pack.diagram.xml).toContain(`id="${contract.processId}"`);
    expect(pack.decisionReverification.map((check: { same: boolean; inputSource: string; recorded: { matchedRuleIds: string[] } }) => [check.same, check.inputSource, check.recorded.matchedRuleIds.length])).toEqual([[true, 'recorded-inputs', 1]]);
    expect(pack.timeline.map((step: { kind: string }) => step.kind)).toEqual(expect.arrayContaining(['instance-started', 'decision', 'user-task', 'flow-taken', 'external-task', 'timer', 'instance-ended']));
    expect(pack.finalVariables).toMatchObject({ creditDecision: 'APPROVED', decidedBy: 'ANALYST', approvedLimit: 380_000 });
    const pdf = await context.request.get(`/api/replay/instances/${driver.processInstanceId}/audit-pack?format=pdf`);
    const bytes = await pdf.body();
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    fs.writeFileSync(path.join(screenshotDir, 'replay-audit-pack.pdf'), bytes);
  });

  it('when an instance calls a child process, then the replay follows the call activity into the child and back', async () => {
    // given a parent whose call activity starts a child instance (both deployed together: the call binds by deployment)
    await deployFixtures(web.engine, ['replay-child.bpmn', 'replay-parent.bpmn'].map((name) => path.join(fixtures, name)));
    const parent = await ProcessDriver.start(web, 'replay-parent', { caseNote: 'parent variable' });
    await parent.waitUntilCompleted('EndEvent_ParentDone');
    const { page, errors } = await web.loginAs('auditor.sun');
    await page.goto(`/replay#instance=${parent.processInstanceId}`);
    await page.getByTestId('step-label').filter({ hasText: 'step' }).waitFor();
    // when the auditor steps to the call activity's activation and follows it
    await page.locator('#timeline li.element-activated').filter({ hasText: 'CallActivity_RunChild' }).click();
    await page.getByTestId('follow-child').click();
    // then the child's own diagram and steps are shown, with the way back
    await page.getByTestId('instance-heading').filter({ hasText: 'replay-child' }).waitFor();
    expect(await page.locator('.djs-element[data-element-id="Event_MarkChecked"]').getAttribute('class')).toContain('replay-completed');
    await web.screenshot(page, 'replay-child-instance');
    await page.getByTestId('parent-link').click();
    await page.getByTestId('instance-heading').filter({ hasText: 'replay-parent' }).waitFor();
    expect(await page.locator('[data-testid=variables] tr[data-name=childNote]').textContent()).toContain('checked by child');
    expect(errors).toEqual([]);
  });
});
