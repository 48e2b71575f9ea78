import { randomUUID } from 'node:crypto';
import { contactLogTable, DunningNoticeRepository, dunningNoticeTable } from '../../src/db/dunning-notice.repository';
import { inDoubtMailMessages } from '../../src/web/in-doubt-mail/in-doubt-mail.messages';
import { registeredCustomer } from '../support/customers';
import { untranslated } from '../support/page-texts';
import { startWebSystem, type WebSystem } from '../support/web-session';

const zh = inDoubtMailMessages['zh-CN'];

describe('the page for e-mails in doubt (finance) in Chromium', () => {
  let web: WebSystem;
  let customerId: string;
  const suffix = Date.now().toString(36).toUpperCase().slice(-6);
  const customerName = `深圳市待核实邮件测试${suffix}贸易有限公司`;

  /** A dunning notice left as a worker that died mid-send leaves it: claimed (SENDING) an hour ago, never confirmed. */
  async function noticeInDoubt(receivableId: string): Promise<string> {
    const id = randomUUID();
    await new DunningNoticeRepository(web.db).claim({
      id, receivableId, stage: 'FORMAL_WARNING', channel: 'email', customerId, openAmountCents: 1_250_000, lateFeeCents: 18_750, currency: 'CNY', pdf: Buffer.from('%PDF-1.4'), status: 'SENDING',
    });
    await web.db(dunningNoticeTable).where({ id }).update({ created_at: new Date(Date.now() - 60 * 60 * 1000) });
    return id;
  }

  beforeAll(async () => {
    web = await startWebSystem();
    customerId = await registeredCustomer(() => web.api(), { name: customerName, taxId: `91440300IDM${suffix}`, contactEmail: `ap-${suffix.toLowerCase()}@example.cn` });
  });
  afterAll(async () => {
    await web.close();
  });

  it('when finance finds in the mail log that a notice did not leave and says so in zh-CN, then its claim is released, the resolution logged by finance.chen and the row leaves the list', async () => {
    // given a formal warning in doubt
    const receivableId = `IDM-E2E-${suffix}-1`;
    const id = await noticeInDoubt(receivableId);

    // when finance opens the page in a Chinese browser
    const { page, errors } = await web.loginAs('finance.chen', { locale: 'zh-CN' });
    await page.goto('/in-doubt-mail');
    const row = page.getByTestId(`mail-${id}`);
    await row.waitFor();
    // then the notice is listed in Chinese, with the message id to search the mail log for
    await page.getByTestId('whoami').filter({ hasText: '财务' }).waitFor();
    const text = (await row.textContent()) ?? '';
    for (const shown of [zh['kind.dunning-notice'], zh['subject.FORMAL_WARNING'], zh['channel.email'], receivableId, customerName, `ap-${suffix.toLowerCase()}@example.cn`, `<${id}@credit-lifecycle>`]) {
      expect([shown, text.includes(shown)]).toEqual([shown, true]);
    }
    expect(await page.getByTestId('read-only').isHidden()).toBe(true);
    expect(await untranslated(page)).toEqual([]);

    // when finance chooses "not sent" without saying what the log showed
    await page.getByTestId(`resolve-not-sent-${id}`).click();
    // then the refusal names the note in Chinese and nothing changed
    await page.getByTestId(`row-problem-${id}`).filter({ hasText: zh['field.note'] }).waitFor();
    expect(await untranslated(page)).toEqual([]);
    expect(await web.db(dunningNoticeTable).where({ id }).first()).toMatchObject({ status: 'SENDING' });

    // when finance writes what the log showed and chooses "not sent"
    const note = `邮件日志中没有 <${id}@credit-lifecycle>`;
    await page.getByTestId(`note-${id}`).fill(note);
    await page.getByTestId(`resolve-not-sent-${id}`).click();
    // then the page tells the outcome, and the reloaded list no longer holds the notice
    await page.getByTestId(`resolved-${id}`).filter({ hasText: zh['outcome.NOT_SENT'] }).waitFor();
    await row.waitFor({ state: 'detached' });
    expect(await page.getByTestId(`resolved-${id}`).textContent()).toContain(zh['resolved.notSentMeaning']);
    expect(await untranslated(page)).toEqual([]);
    await web.screenshot(page, 'in-doubt-mail-zh-CN');
    // and the claim is released (the engine task's retry sends the notice once), the resolution in the contact log
    expect(await web.db(dunningNoticeTable).where({ id }).first()).toBeUndefined();
    const logged = await web.db(contactLogTable).where({ receivable_id: receivableId });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ logged_by: 'finance.chen', outcome: expect.stringContaining('NOT_SENT'), note: expect.stringContaining(note) });
    expect(errors).toEqual([]);
  });

  it('when the auditor opens the page, then the e-mails in doubt are listed without a way to resolve them', async () => {
    // given a notice in doubt
    const id = await noticeInDoubt(`IDM-E2E-${suffix}-2`);
    // when the auditor opens the page
    const { page, errors } = await web.loginAs('auditor.sun', { locale: 'zh-CN' });
    await page.goto('/in-doubt-mail');
    await page.getByTestId(`mail-${id}`).waitFor();
    // then the list is read-only
    await page.getByTestId('read-only').filter({ hasText: zh.readOnly }).waitFor();
    expect(await page.locator('[data-testid^=resolve-], [data-testid^=note-]').count()).toBe(0);
    expect(await untranslated(page)).toEqual([]);
    // and in English after the switch
    await page.getByTestId('language-en').click();
    await page.locator('h1').filter({ hasText: inDoubtMailMessages.en.title }).waitFor();
    expect(await page.getByTestId(`mail-${id}`).textContent()).toContain(inDoubtMailMessages.en['subject.FORMAL_WARNING']);
    expect(errors).toEqual([]);
  });
});
