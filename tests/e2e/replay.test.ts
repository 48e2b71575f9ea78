import fs from 'node:fs';
import path from 'node:path';
import { tieredReviewProcess as contract } from '../../src/contracts/tiered-review.contract';
import { zeebeRecordTable } from '../../src/camunda/history/engine-history.repository';
import { creditDecisionInput } from '../fixtures/credit-decisions/credit-decision-input';
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
    // given a tiered-review instance driven to its end: the analyst approves within authority
    // (pinned to the version this run deployed: colleagues deploy their own tiered-review to the shared test engine)
    const deployed = web.deployed.find((resource) => resource.kind === 'process' && resource.id === contract.processId);
    const instance = await web.camunda.getZeebeGrpcApiClient().createProcessInstance({ bpmnProcessId: contract.processId, version: deployed?.version, variables: creditDecisionInput({ proposedLimit: 400_000 }) });
    driver = new ProcessDriver(web, String(instance.processInstanceKey));
    await driver.completeOnly(e.analystReview, { decision: 'APPROVE', limit: 380_000, termDays: 45, comment: 'Financials and references are sound.' });
    await waitFor('instance end', async () => (await web.historyDb(zeebeRecordTable).where({ record_key: driver.processInstanceKey, intent: 'ELEMENT_COMPLETED' }).first()) !== undefined);
  });
  afterAll(async () => {
    await web.close();
  });

  async function decisionRecord() {
    return web.historyDb(zeebeRecordTable).where({ value_type: 'DECISION_EVALUATION' }).whereRaw("record->'value'->>'processInstanceKey' = ?", [driver.processInstanceKey]).first();
  }

  it('when the auditor steps through a finished instance, then the path and the variables follow the step', async () => {
    const { page, errors } = await web.loginAs('auditor.sun');
    // when the auditor searches for completed tiered reviews
    await page.goto('/replay');
    await page.getByTestId('search-process').fill(contract.processId);
    await page.getByTestId('search-outcome').selectOption('completed');
    await page.getByTestId('search').click();
    // then the instance is listed with its end event, and opens
    const row = page.locator(`[data-testid=instances] tr[data-key="${driver.processInstanceKey}"]`);
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
    // the user task steps name what happened
    expect(await page.locator('#timeline li.user-task').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('completed')]));
    await web.screenshot(page, 'replay-decision-step');
    expect(errors).toEqual([]);
  });

  it('when the auditor re-verifies, then every recorded decision gives the same result; a tampered recorded input shows a difference', async () => {
    const { page, errors } = await web.loginAs('auditor.sun');
    await page.goto(`/replay#instance=${driver.processInstanceKey}`);
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

    // when the recorded input is tampered with in the history store
    const original = await decisionRecord();
    const tampered = structuredClone(original.record);
    const input = tampered.value.evaluatedDecisions[0].evaluatedInputs.find((candidate: { inputId: string }) => candidate.inputId === 'Input_ProposedLimit');
    input.inputValue = '5000000';
    await web.historyDb(zeebeRecordTable).where({ partition_id: original.partition_id, position: original.position }).update({ record: tampered });
    try {
      await page.getByTestId('reverify').click();
      await page.locator('[data-testid=check][data-same=false]').waitFor();
      // then the difference is reported
      expect(await summary.textContent()).toContain('1 decision(s), 1 with a difference');
      expect(await page.locator('[data-testid=check]').textContent()).toContain('MANAGER');
      await web.screenshot(page, 'replay-tampered-input');
    } finally {
      await web.historyDb(zeebeRecordTable).where({ partition_id: original.partition_id, position: original.position }).update({ record: original.record });
    }

    // when asking what-if with today's policy, then it evaluates against the latest deployed version
    await page.getByTestId('what-if').click();
    await summary.filter({ hasText: 'What-if' }).waitFor();
    expect(await summary.textContent()).toMatch(/What-if against today's versions: 1 decision\(s\)/);
    expect(errors).toEqual([]);
  });

  it('when the audit pack is exported, then JSON and PDF carry the diagram, timeline and re-verified decisions', async () => {
    const { context } = await web.loginAs('auditor.sun');
    const json = await context.request.get(`/api/replay/instances/${driver.processInstanceKey}/audit-pack?format=json`);
    expect(json.status()).toBe(200);
    const pack = await json.json();
    expect(pack).toMatchObject({ format: 'credit-lifecycle-audit-pack/1', generatedBy: 'auditor.sun', instance: { processInstanceKey: driver.processInstanceKey, state: 'COMPLETED' } });
    expect(pack.diagram.xml).toContain(`id="${contract.processId}"`);
    expect(pack.decisionReverification.map((check: { same: boolean }) => check.same)).toEqual([true]);
    expect(pack.timeline.map((step: { kind: string }) => step.kind)).toEqual(expect.arrayContaining(['instance-started', 'decision', 'user-task', 'flow-taken', 'instance-ended']));
    const pdf = await context.request.get(`/api/replay/instances/${driver.processInstanceKey}/audit-pack?format=pdf`);
    const bytes = await pdf.body();
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    fs.writeFileSync(path.join(screenshotDir, 'replay-audit-pack.pdf'), bytes);
  });

  it('when an instance calls a child process, then the replay follows the call activity into the child and back', async () => {
    // given a parent whose call activity starts a child instance
    const zeebe = web.camunda.getZeebeGrpcApiClient();
    await zeebe.deployResources(['replay-child.bpmn', 'replay-parent.bpmn'].map((name) => ({ process: fs.readFileSync(path.join(fixtures, name)), name })));
    const parent = await ProcessDriver.start(web, 'replay-parent', { caseNote: 'parent variable' });
    await parent.waitUntilCompleted('EndEvent_ParentDone');
    const { page, errors } = await web.loginAs('auditor.sun');
    await page.goto(`/replay#instance=${parent.processInstanceKey}`);
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
