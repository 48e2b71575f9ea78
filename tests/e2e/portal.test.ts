import { passwordOf } from '../support/local-passwords';
import path from 'node:path';
import { auditEventTable } from '../../src/db/audit-event.repository';
import { engineMessageTable } from '../../src/db/engine-message.repository';
import { waitFor } from '../support/wait-for';
import { startWebSystem, type WebSystem } from '../support/web-session';

const onePixelPng = path.join(__dirname, '..', 'fixtures', 'documents', 'one-pixel.png');

describe('portal page (customer and sales) in Chromium', () => {
  let web: WebSystem;
  beforeAll(async () => {
    web = await startWebSystem();
  });
  afterAll(async () => {
    await web.close();
  });

  it('when sales submits an application, uploads a document, follows it, confirms receipt and raises a dispute, then each reaches the API and the engine', async () => {
    const { page, errors } = await web.loginAs('sales.li');
    await page.goto('/portal');
    await page.getByTestId('whoami').filter({ hasText: 'sales.li' }).waitFor();
    // when sales register a new customer on the page, the application form gets its id
    const suffix = Date.now().toString(36).toUpperCase().slice(-6);
    await page.getByTestId('customerName').fill(`Portal Trading ${suffix} Co., Ltd.`);
    await page.getByTestId('customerTaxId').fill(`91440300PORTAL${suffix}`);
    await page.getByTestId('industry').fill('bearings trading');
    await page.getByTestId('industryRisk').selectOption('medium');
    await page.getByTestId('contactEmail').fill(`ap-${suffix.toLowerCase()}@customer.example`);
    await page.getByTestId('register-customer').click();
    await page.getByTestId('log').filter({ hasText: 'registered' }).waitFor();
    const customerId = await page.getByTestId('customerId').inputValue();
    expect(await web.db('customer').where({ id: customerId }).first()).toMatchObject({ name: `Portal Trading ${suffix} Co., Ltd.`, tax_id: `91440300PORTAL${suffix}`, industry_risk: 'medium' });
    // and the same customer registered twice is refused with the existing one named
    await page.getByTestId('register-customer').click();
    await page.getByTestId('log').filter({ hasText: '409' }).waitFor();

    // when an application is submitted for it
    await page.getByTestId('requestedLimit').fill('120000');
    await page.getByTestId('submit-application').click();
    // then its case is open with its id, and following it shows the case's current step
    await page.getByTestId('status-line').filter({ hasText: 'OPEN' }).waitFor();
    const applicationId = await page.getByTestId('applicationId').inputValue();
    expect(applicationId).toMatch(/^[0-9a-f-]{36}$/);
    const { currentStep } = await waitFor('the case in the engine history', async () => {
      const status = (await web.api().get(`/api/applications/${applicationId}`).auth('sales.li', passwordOf('sales.li')).expect(200)).body as { currentStep: { number: number; name: string } | null };
      return status.currentStep ? status : undefined;
    });
    await page.getByTestId('follow').click();
    await page.getByTestId('current-step').filter({ hasText: `Step ${currentStep?.number} of 11` }).filter({ hasText: currentStep?.name as string }).waitFor();

    // when a delivery note is uploaded
    await page.getByTestId('kind').selectOption('delivery-note');
    await page.getByTestId('file').setInputFiles(onePixelPng);
    await page.getByTestId('upload').click();
    // then it is stored with its checksum
    await page.getByTestId('documents').filter({ hasText: 'delivery note: one-pixel.png' }).waitFor();
    const [stored] = await web.db('document').where({ application_id: applicationId });
    expect(stored).toMatchObject({ kind: 'delivery-note', file_name: 'one-pixel.png', uploaded_by: 'sales.li' });

    // when receipt is confirmed and a dispute raised
    await page.getByTestId('deliveredAt').fill('2026-11-20T10:30');
    await page.getByTestId('confirm-receipt').click();
    await page.getByTestId('log').filter({ hasText: 'receipt confirmed' }).waitFor();
    await page.getByTestId('disputedAmount').fill('1500');
    await page.getByTestId('disputeCategory').selectOption('QUALITY');
    await page.getByTestId('disputeReason').fill('Two cartons arrived damaged.');
    await page.getByTestId('raise-dispute').click();
    await page.getByTestId('log').filter({ hasText: 'dispute raised' }).waitFor();
    // then both messages were recorded for this application's case, once each
    const published = await waitFor('the published messages', async () => {
      const rows = await web.db(engineMessageTable).where({ correlation_variable: 'applicationId', correlation_value: applicationId });
      return rows.length >= 2 ? rows : undefined;
    });
    expect(published.map((row: { message_name: string }) => row.message_name).sort()).toEqual(['dispute-raised', 'receipt-confirmed']);
    // and every action is in the audit log under the user
    const audited = await waitFor('audit rows', async () => {
      const rows = await web.db(auditEventTable).whereRaw('strpos(target, ?) > 0', [applicationId]).orWhere('target', `document/${stored.id}`).orderBy('id');
      return rows.length >= 3 ? rows : undefined;
    });
    expect(new Set(audited.map((row: { actor: string }) => row.actor))).toEqual(new Set(['sales.li']));
    await web.screenshot(page, 'portal-after-dispute');

    // when a dispute lacks its reason, then the refusal names the field
    await page.getByTestId('disputeReason').fill('');
    await page.getByTestId('raise-dispute').click();
    await page.getByTestId('log').filter({ hasText: 'disputeReason' }).waitFor();
    expect(errors).toEqual([]);
  });
});
