import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { deployResources, type DeployedResource } from '../../src/engine/deployment';
import { auditEventTable } from '../../src/db/audit-event.repository';
import { lintBpmnXml } from '../../src/engine/model-lint';
import { failsOnPurpose, sharedBpmnFiles } from '../support/shared-models';
import { waitFor } from '../support/wait-for';
import { startWebSystem, type WebSystem } from '../support/web-session';

const fixture = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'modeler', 'order-check.bpmn'), 'utf8');

/** Runs a function against the page's modeler (its modeling API is what the palette and context pad use). */
function onModeler(page: Page, script: string) {
  return page.evaluate(`(() => { const m = window.modeler; const get = (name) => m.get(name); ${script} })()`);
}

describe('modeler page (process owners) in Chromium', () => {
  let web: WebSystem;
  let base: DeployedResource;
  beforeAll(async () => {
    web = await startWebSystem();
    // given a deployed process of its own deployment, its latest version (the engine's repository lists it)
    const [deployed] = await deployResources(web.engine, [{ name: 'order-check.bpmn', content: Buffer.from(fixture) }], { name: 'modeler-test-order-check', source: 'tests', filterDuplicates: false });
    base = deployed as DeployedResource;
  });
  afterAll(async () => {
    await web.close();
  });

  it('when an owner edits a deployed process, then lint and differences show on the canvas; a second owner approves, it deploys and the new version runs', async () => {
    const liu = await web.loginAs('owner.liu');
    const { page } = liu;
    // when owner.liu opens the deployed version from the list
    await page.goto('/modeler');
    await page.getByTestId('deployed-versions').locator(`option[value="${base.definitionId}"]`).waitFor({ state: 'attached' });
    await page.getByTestId('deployed-versions').selectOption(base.definitionId);
    await page.getByTestId('open-deployed').click();
    await page.getByTestId('opened').filter({ hasText: `modeler-order-check v${base.version}` }).waitFor();
    // then it lints clean and equals the deployed version
    await page.getByTestId('lint-summary').filter({ hasText: '0 error(s)' }).waitFor();
    await page.getByTestId('diff-summary').filter({ hasText: '0 added, 0 removed, 0 changed' }).waitFor();

    // and the properties panel is Camunda 7's (Operaton's): a user task offers assignment, forms by reference and the like
    await onModeler(page, "get('selection').select(get('elementRegistry').get('Event_OrderChecked'));");
    await page.locator('.bio-properties-panel-header-type').filter({ hasText: /Intermediate throw event/i }).waitFor();
    expect(await page.locator('[data-group-id=group-CamundaPlatform__Input]').count() + await page.locator('[data-group-id="group-CamundaPlatform__ExecutionListener"]').count()).toBeGreaterThan(0);

    // when a service task without an implementation is added
    await onModeler(page, "const shape = get('elementFactory').createShape({ type: 'bpmn:ServiceTask' }); get('modeling').createShape(shape, { x: 560, y: 260 }, get('canvas').getRootElement());");
    // then lint reports it on the canvas and the diff marks it as added
    await page.getByTestId('lint-summary').filter({ hasText: /^[1-9]\d* error\(s\)/ }).waitFor();
    expect(await page.getByTestId('lint-list').textContent()).toContain('credit-lifecycle/task-implementation');
    expect(await page.locator('.bjsl-overlay').count()).toBeGreaterThan(0);
    await page.getByTestId('diff-summary').filter({ hasText: '1 added' }).waitFor();
    expect(await page.locator('.djs-element.diff-added').count()).toBe(1);
    await web.screenshot(page, 'modeler-lint-finding-and-diff');

    // when the edit is undone and the event is renamed instead
    await onModeler(page, "get('commandStack').undo();");
    await page.getByTestId('lint-summary').filter({ hasText: '0 error(s)' }).waitFor();
    await onModeler(page, "get('modeling').updateLabel(get('elementRegistry').get('Event_OrderChecked'), 'Order checked twice');");
    // then the change is listed and marked
    await page.getByTestId('diff-summary').filter({ hasText: '0 added, 0 removed, 1 changed' }).waitFor();
    expect(await page.getByTestId('diff-list').textContent()).toContain('changed Event_OrderChecked (name: "Order checked" → "Order checked twice")');
    expect(await page.locator('.djs-element.diff-changed[data-element-id="Event_OrderChecked"]').count()).toBe(1);

    // when owner.liu saves it as a draft
    await page.getByTestId('draft-comment').fill('Rename: the order is checked twice now.');
    await page.getByTestId('save-draft').click();
    await page.getByTestId('save-result').filter({ hasText: 'Draft saved (0 lint error(s))' }).waitFor();
    const row = page.locator('[data-testid=drafts] tr').filter({ hasText: 'Rename: the order is checked twice now.' }).first();
    const draftId = (await row.getAttribute('data-draft')) as string;
    // then the author cannot approve it, neither on the page nor through the API
    expect(await page.getByTestId(`approve-${draftId}`).isDisabled()).toBe(true);
    const selfApproval = await liu.context.request.post(`/api/models/drafts/${draftId}/approval`, { data: {} });
    expect(selfApproval.status()).toBe(403);
    expect((await selfApproval.json()).detail).toMatch(/Four eyes/);
    await web.screenshot(page, 'modeler-draft-saved');

    // when owner.ma opens the draft and approves it
    const ma = await web.loginAs('owner.ma');
    await ma.page.goto('/modeler');
    await ma.page.getByTestId(`view-${draftId}`).click();
    await ma.page.getByTestId('diff-summary').filter({ hasText: '1 changed' }).waitFor();
    await ma.page.getByTestId(`approve-${draftId}`).click();
    // then it is deployed as the next version
    await ma.page.getByTestId('save-result').filter({ hasText: `approved by owner.ma and deployed: modeler-order-check v${base.version + 1}` }).waitFor();
    await ma.page.locator(`[data-testid=drafts] tr[data-draft="${draftId}"][data-status=DEPLOYED]`).waitFor();
    await web.screenshot(ma.page, 'modeler-draft-approved');
    const deployed = await (await ma.context.request.get(`/api/models/drafts/${draftId}`)).json();
    expect(deployed).toMatchObject({ status: 'DEPLOYED', author: 'owner.liu', approvedBy: 'owner.ma', deployedVersion: base.version + 1 });

    // and the new version runs
    const instance = await web.engine.startProcess({ id: deployed.deployedProcessDefinitionId }, {});
    expect(instance.definitionId).toBe(deployed.deployedProcessDefinitionId);
    await waitFor('the new version to complete', async () => (await web.history.completedElementIds(instance.id)).includes('EndEvent_OrderDone'));
    const runningXml = await (await ma.context.request.get(`/api/models/processes/${encodeURIComponent(deployed.deployedProcessDefinitionId)}`)).json();
    expect(runningXml.xml).toContain('name="Order checked twice"');

    // and draft, refused self-approval and approval are in the audit log
    const audited = await waitFor('audit rows', async () => {
      // (401 rows are the HTTP client's first, unauthenticated try before it answers the basic-auth challenge)
      const rows = await web.db(auditEventTable).whereRaw('strpos(target, ?) > 0', [draftId]).whereNot({ result: '401' }).orderBy('id');
      return rows.length >= 3 ? rows : undefined;
    });
    expect(audited.map((r: { actor: string; result: string }) => `${r.actor} ${r.result}`)).toEqual(['owner.liu 201', 'owner.liu 403', 'owner.ma 200']);
    expect(liu.errors.concat(ma.errors)).toEqual([]);
  });

  it('when each shared model (Operaton, Camunda 8) is opened from a file, then the canvas lint finds the same errors as the deployment gate', async () => {
    const { page, errors } = await web.loginAs('owner.liu');
    await page.goto('/modeler');
    await page.getByTestId('whoami').filter({ hasText: 'owner.liu' }).waitFor();
    for (const file of sharedBpmnFiles()) {
      // given the server-side lint of the file (the deployment gate)
      const expected = (await lintBpmnXml(fs.readFileSync(file, 'utf8'), file)).filter((finding) => finding.category === 'error').length;
      // when the file is opened in the modeler
      await page.getByTestId('open-file').setInputFiles(file);
      await page.getByTestId('opened').filter({ hasText: `File ${path.basename(file)}` }).waitFor();
      // then the canvas lint agrees: the Camunda 8 models are refused as the other dialect, the Operaton ones are clean
      expect(expected > 0).toBe(failsOnPurpose(file));
      await page.getByTestId('lint-summary').filter({ hasText: new RegExp(`^${expected} error\\(s\\)`) }).waitFor({ timeout: 10_000 });
      if (failsOnPurpose(file)) expect(await page.getByTestId('lint-list').textContent()).toContain('credit-lifecycle/execution-platform');
      if (path.basename(file) === 'send-email.bpmn') await web.screenshot(page, 'modeler-shared-file-failing-lint');
    }
    expect(errors).toEqual([]);
  });

  it('when an owner opens a deployed model that has no diagram, then the page says so readably and keeps what was open', async () => {
    // given a process deployed without a BPMNDiagram layout (as the engine accepts it from any client)
    const noDiagram = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'application-status', 'outcome-case.bpmn'));
    const [deployed] = await deployResources(web.engine, [{ name: 'outcome-case.bpmn', content: noDiagram }], { name: 'modeler-test-no-diagram', source: 'tests' });
    const { page, errors } = await web.loginAs('owner.liu');
    await page.goto('/modeler');
    await page.getByTestId('deployed-versions').locator(`option[value="${base.definitionId}"]`).waitFor({ state: 'attached' });
    await page.getByTestId('deployed-versions').selectOption(base.definitionId);
    await page.getByTestId('open-deployed').click();
    await page.getByTestId('opened').filter({ hasText: 'modeler-order-check' }).waitFor();
    // when the model without a diagram is opened
    await page.getByTestId('deployed-versions').selectOption((deployed as DeployedResource).definitionId);
    await page.getByTestId('open-deployed').click();
    // then the error names the file and why, and the model opened before stays on the canvas
    await page.getByTestId('error').filter({ hasText: 'outcome-case.bpmn has no diagram' }).waitFor();
    expect(await page.getByTestId('opened').textContent()).toContain('modeler-order-check');
    expect(errors).toEqual([]);
  });
});
