import { login, passwordOf } from '../support/local-passwords';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import * as lifecycle from '../../src/contracts/credit-lifecycle.contract';
import { endpoints, engineProfile } from '../../src/engine/local/engine-profile';
import { sampleCompanyFamily, useInvestigationProvider, type InvestigationProvider } from '../support/investigation-provider';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { waitFor } from '../support/wait-for';
import { engineAppPage, screenshotDir } from '../support/web-session';
import { logInToEngineApp } from '../support/engine-app-login';

const { elements: el } = lifecycle.creditLifecycleProcess;
const sales = login('sales.li');

/**
 * Issue 11's incident in Cockpit: the preliminary investigation's outside systems are down, its worker
 * spends its retries (with back-off) and the case stops at an incident with a readable message; the
 * process owner finds it in Operaton Cockpit, retries it once the outage is over, and the case goes on.
 */
describe('an incident in Operaton Cockpit (zh-CN): found and retried by the process owner', () => {
  let system: TestSystem;
  let provider: InvestigationProvider;
  let browser: Browser;
  let page: Page;
  const shot = (name: string) => page.screenshot({ path: path.join(screenshotDir, `cockpit-${name}.png`), fullPage: true });

  beforeAll(async () => {
    provider = await useInvestigationProvider();
    system = await startTestSystem();
    ({ browser, page } = await engineAppPage('zh-CN'));
  });
  afterAll(async () => {
    await browser?.close();
    await system?.close();
    await provider?.close();
  });

  it('when the registry is down until the retries are spent, then Cockpit shows the incident to the process owner, who retries it after the outage, and the case continues', async () => {
    // given the registry, court, news and bureau providers are down
    const family = sampleCompanyFamily('CKPT');
    provider.add(family.companies);
    provider.setUnavailable(true);

    // when sales register a customer and apply
    const customer = (await system.api().post('/api/customers').auth(...sales)
      .send({ name: family.nameOf('clean'), taxId: family.taxIdOf('clean'), industry: 'bearings trading', industryRisk: 'medium', contactName: 'Wang Wei', contactEmail: 'ap-ckpt@customer.example' })
      .expect(201)).body as { id: string };
    const application = (await system.api().post('/api/applications').auth(...sales).send({ customerId: customer.id, requestedLimit: 500_000, currency: 'CNY' }).expect(201)).body as { processInstanceKey: string };
    const caseId = application.processInstanceKey;

    // then the investigation worker spends its retries and the case stops at an incident that says why
    const incident = await waitFor('the incident', async () => (await system.history.incidents(caseId)).find((found) => found.elementId === el.runPreliminaryInvestigation), 90_000);
    expect(incident.message).toMatch(/^工商登记 Business registry \(127.0.0.1:\d+\) 不可用 unavailable: answered 503/);

    // when the outage is over and the process owner opens the case in Cockpit
    provider.setUnavailable(false);
    const owner = { user: 'owner.liu', password: passwordOf('owner.liu') };
    const cockpit = endpoints(engineProfile('test')).cockpit;
    await page.goto(cockpit);
    await logInToEngineApp(page, owner.user, owner.password);
    await page.getByRole('link', { name: '流程', exact: true }).first().waitFor();
    await page.goto(`${cockpit}default/#/process-instance/${caseId}/runtime?tab=incidents-tab`);

    // then the incident is listed with its message
    const row = page.locator('tr').filter({ hasText: 'answered 503' });
    await row.first().waitFor({ timeout: 30_000 });
    await shot('1-incident');

    // when the process owner retries it
    await row.first().locator('td.action a.action-button:visible').click();
    const dialog = page.locator('.modal-content').first();
    await dialog.waitFor();
    await shot('2-retry-dialog');
    await dialog.getByRole('button', { name: '重试' }).click();

    // then the incident is resolved under the owner's name and the case goes on to sales' confirmation of what was collected
    await waitFor('the incident resolved', async () => (await system.history.incidents(caseId)).every((found) => found.incidentId !== incident.incidentId) || undefined, 60_000);
    const confirmation = await waitFor('the collected information to confirm', async () =>
      (await system.history.openUserTasks(caseId)).find((task) => task.elementId === el.confirmCollectedInformation), 90_000);
    expect(confirmation.candidateGroups).toEqual(['sales']);
    const retried = await system.engine.get<Array<{ userId: string; operationType: string }>>('/history/user-operation', { processInstanceId: caseId, entityType: 'ExternalTask' });
    expect(retried).toEqual(expect.arrayContaining([expect.objectContaining({ userId: owner.user, operationType: 'SetExternalTaskRetries' })]));
    await shot('3-after-retry');
  });
});
