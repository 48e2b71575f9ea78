import { languageStorageKey } from '../../src/web/shared/i18n';
import { dashboardMessages } from '../../src/web/dashboard/dashboard.messages';
import { modelerMessages } from '../../src/web/modeler/modeler.messages';
import { portalMessages } from '../../src/web/portal/portal.messages';
import { replayMessages } from '../../src/web/replay/replay.messages';
import { approvedTieredReview } from '../support/approved-tiered-review';
import { untranslated } from '../support/page-texts';
import { waitFor } from '../support/wait-for';
import { startWebSystem, type WebSystem } from '../support/web-session';

describe('our pages in a Chinese browser, and the 中文 / English switch', () => {
  let web: WebSystem;
  let tieredReviewKey: string;
  beforeAll(async () => {
    web = await startWebSystem();
    // a finished tiered review with a recorded decision, for the replay page
    tieredReviewKey = (await approvedTieredReview(web)).processInstanceId;
  });
  afterAll(async () => {
    await web.close();
  });

  it('when sales use the portal in zh-CN, then every label, button, status and log line is Chinese; the switch turns it into English and is remembered', async () => {
    // given a browser whose first language is Chinese
    const { page, errors } = await web.loginAs('sales.li', { locale: 'zh-CN' });
    await page.goto('/portal');
    await page.getByTestId('whoami').filter({ hasText: '销售' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('h1').textContent()).toBe(portalMessages['zh-CN'].title);
    // when a customer is registered and an application submitted and followed
    const suffix = Date.now().toString(36).toUpperCase().slice(-6);
    await page.getByTestId('customerName').fill(`深圳市门户测试${suffix}贸易有限公司`);
    await page.getByTestId('customerTaxId').fill(`91440300ZHPORT${suffix}`);
    await page.getByTestId('industry').fill('轴承贸易');
    await page.getByTestId('register-customer').click();
    await page.getByTestId('log').filter({ hasText: '已登记' }).waitFor();
    await page.getByTestId('register-customer').click();
    await page.getByTestId('log').filter({ hasText: '被拒绝（409）' }).waitFor();
    await page.getByTestId('requestedLimit').fill('80000');
    await page.getByTestId('submit-application').click();
    await page.getByTestId('status-line').filter({ hasText: '进行中' }).waitFor();
    await waitFor('the case at a step', async () => {
      await page.getByTestId('follow').click();
      return /第 \d+ 步（共 11 步/.test((await page.getByTestId('current-step').textContent()) ?? '');
    });
    // then nothing of the page's own is left in English
    expect(await untranslated(page)).toEqual([]);
    await web.screenshot(page, 'portal-zh-CN');

    // when the user switches to English
    await page.getByTestId('language-en').click();
    await page.locator('h1').filter({ hasText: portalMessages.en.title }).waitFor();
    // then the page and its frame are English, and the choice is kept for the next visit
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByTestId('register-customer').textContent()).toBe(portalMessages.en['register.button']);
    expect(await page.locator('header.top nav a[aria-current]').textContent()).toBe('Portal (customer and sales)');
    expect(await page.evaluate((key) => localStorage.getItem(key), languageStorageKey)).toBe('en');
    await page.goto('/dashboard');
    await page.locator('h1').filter({ hasText: dashboardMessages.en.title }).waitFor();
    // and back to Chinese
    await page.getByTestId('language-zh-CN').click();
    await page.locator('h1').filter({ hasText: dashboardMessages['zh-CN'].title }).waitFor();
    expect(await page.getByTestId('language-zh-CN').getAttribute('aria-pressed')).toBe('true');
    expect(errors).toEqual([]);
  });

  it('when a manager opens the dashboard in zh-CN, then its measures, charts and tables are Chinese, and English after the switch', async () => {
    const { page, errors } = await web.loginAs('manager.zhang', { locale: 'zh-CN' });
    await page.goto('/dashboard');
    await page.getByTestId('kpi-receivables').waitFor();
    await page.getByTestId('canvas-aging').waitFor();
    await page.getByTestId('view-table-trend-measures').click();
    expect(await untranslated(page)).toEqual([]);
    await page.getByTestId('language-en').click();
    await page.locator('h1').filter({ hasText: dashboardMessages.en.title }).waitFor();
    expect(await page.getByTestId('kpi-open').textContent()).toContain(dashboardMessages.en['kpi.open']);
    expect(await page.getByTestId('view-chart-aging').textContent()).toBe('Chart');
    expect(errors).toEqual([]);
  });

  it('when the auditor replays and re-verifies an instance in zh-CN, then the page is Chinese and the history is shown as recorded', async () => {
    const { page, errors } = await web.loginAs('auditor.sun', { locale: 'zh-CN' });
    await page.goto(`/replay#instance=${tieredReviewKey}`);
    await page.getByTestId('step-label').filter({ hasText: '第' }).waitFor();
    expect(await page.getByTestId('instance-heading').textContent()).toContain('已完成');
    await page.getByTestId('reverify').click();
    await page.getByTestId('reverification-summary').filter({ hasText: '项决策' }).waitFor();
    expect(await untranslated(page)).toEqual([]);
    await web.screenshot(page, 'replay-zh-CN');
    await page.getByTestId('language-en').click();
    await page.locator('h1').filter({ hasText: replayMessages.en.title }).waitFor();
    await page.getByTestId('step-label').filter({ hasText: /^step \d+ of \d+$/ }).waitFor();
    expect(errors).toEqual([]);
  });

  it('when a process owner opens a deployed model in the modeler in zh-CN, then the page around the diagram is Chinese', async () => {
    const { page, errors } = await web.loginAs('owner.liu', { locale: 'zh-CN' });
    await page.goto('/modeler');
    await page.getByTestId('whoami').filter({ hasText: '流程负责人' }).waitFor();
    // the project's own credit application (other suites deploy fixtures, some without a diagram, that may sort first)
    const creditApplication = page.getByTestId('deployed-versions').locator('option[value^="credit-application:"]').first();
    await creditApplication.waitFor({ state: 'attached' });
    await page.getByTestId('deployed-versions').selectOption(String(await creditApplication.getAttribute('value')));
    await page.getByTestId('open-deployed').click();
    await page.getByTestId('opened').filter({ hasText: '已部署的 credit-application' }).or(page.locator('[data-testid=error]:not([hidden])')).waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('error').isHidden()).toBe(true);
    await page.getByTestId('lint-summary').filter({ hasText: /错误 \d+ 条/ }).waitFor();
    await page.getByTestId('diff-summary').filter({ hasText: '新增 0' }).waitFor();
    expect(await untranslated(page)).toEqual([]);
    await web.screenshot(page, 'modeler-zh-CN');
    await page.getByTestId('language-en').click();
    await page.locator('h1').filter({ hasText: modelerMessages.en.title }).waitFor();
    expect(await page.getByTestId('save-draft').textContent()).toBe(modelerMessages.en['draft.save']);
    expect(errors).toEqual([]);
  });
});
