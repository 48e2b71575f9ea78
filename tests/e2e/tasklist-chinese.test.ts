import { passwordOf } from '../support/local-passwords';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { endpoints, engineProfile } from '../../src/engine/local/engine-profile';
import { tieredAnalystReview } from '../support/tasklist-review-case';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { waitFor } from '../support/wait-for';
import { engineAppPage, screenshotDir } from '../support/web-session';
import { logInToEngineApp } from '../support/engine-app-login';

/** Every string of an app's English locale file, flattened. */
function englishStrings(locale: Record<string, unknown>): Set<string> {
  const strings = new Set<string>();
  const walk = (value: unknown) => {
    if (typeof value === 'string') strings.add(value.trim());
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(locale);
  return strings;
}

/**
 * Issue 11: Tasklist in a Chinese browser speaks Chinese. On the login page, the task list with the
 * filters and an open task with its form, no line on screen is a string of Tasklist's English locale
 * (our own texts are Chinese with English beside, and a case's data are data).
 */
describe('Operaton Tasklist in a Chinese browser (zh-CN)', () => {
  let system: TestSystem;
  let browser: Browser;
  let page: Page;
  let english: Set<string>;
  const tasklist = endpoints(engineProfile('test')).tasklist;

  beforeAll(async () => {
    system = await startTestSystem({ workerTopics: tieredAnalystReview.workerTopics });
    english = englishStrings(await (await fetch(`${tasklist}locales/en.json`)).json() as Record<string, unknown>);
    ({ browser, page } = await engineAppPage('zh-CN'));
  });
  afterAll(async () => {
    await browser?.close();
    await system?.close();
  });

  /** The lines on screen that are strings of the English locale (a word or more, not a number or a name like "Operaton"). */
  const englishOnScreen = async () => {
    const lines = (await page.locator('body').innerText()).split('\n').map((line) => line.trim()).filter(Boolean);
    const texts = [...lines, ...(await page.locator('input[placeholder], textarea[placeholder]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).placeholder.trim())))];
    return texts.filter((text) => english.has(text) && /[A-Za-z]{2,}/.test(text) && text !== 'Operaton');
  };

  it('when an analyst logs in, lists her group\'s tasks and opens a review, then no English string of Tasklist is left on screen', async () => {
    const { taskId } = await tieredAnalystReview.start(system);
    expect(english.size).toBeGreaterThan(100);

    // the fallback's locale file (en) arrives after the Chinese one, as it may on any network: moment must not be left English
    await page.route('**/locales/en.json*', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    const englishArrived = page.waitForResponse((response) => /\/locales\/en\.json/.test(response.url()));
    await page.goto(tasklist);
    await page.locator('input[type="password"]').waitFor();
    await englishArrived;
    await page.unroute('**/locales/en.json*');
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(screenshotDir, 'tasklist-zh-1-login.png') });
    expect(await englishOnScreen()).toEqual([]);

    await logInToEngineApp(page, 'analyst.wang', passwordOf('analyst.wang'));
    const filters = page.locator('.task-filters .task-filter h4.name');
    await waitFor('the Tasklist filters', async () => (await filters.count()) > 0 || undefined);
    await filters.first().click();
    await page.locator(`ol.tasks-list li.task a[href="#/?task=${taskId}"]`).click();
    await page.getByText('理由 Reason').first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1000);
    await page.screenshot({ path: path.join(screenshotDir, 'tasklist-zh-2-task.png'), fullPage: true });
    expect(await englishOnScreen()).toEqual([]);
    // and the relative times (due, created, follow-up: moment through angular-moment's am-time-ago) are Chinese: "3 天后", "几秒前"
    const chineseRelativeTime = /^(?:几秒|\d+ (?:分钟|小时|天|个月|年))[前后]$/;
    const relativeTimes = async () => (await page.locator('[am-time-ago]').allInnerTexts()).map((text) => text.trim()).filter(Boolean);
    expect((await relativeTimes()).length).toBeGreaterThanOrEqual(2);
    for (const text of await relativeTimes()) expect(text).toMatch(chineseRelativeTime);
    // also when the task is opened straight from its link with the session kept (the dates render as the locale files arrive)
    await page.reload();
    await page.getByText('理由 Reason').first().waitFor({ timeout: 30_000 });
    const reloaded = await relativeTimes();
    expect(reloaded.length).toBeGreaterThanOrEqual(2);
    for (const text of reloaded) expect(text).toMatch(chineseRelativeTime);
  });
});
