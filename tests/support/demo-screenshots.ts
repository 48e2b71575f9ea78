import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../src/web/chromium';
import { screenshotDir } from './web-session';
import { logInToEngineApp } from './engine-app-login';
import { waitFor } from './wait-for';

export interface DemoScreens { tasklist: string; cockpit: string; dashboard: string }

/**
 * zh-CN screenshots with the demo loaded (into the git-ignored test-output/e2e/): Tasklist as the analyst
 * (her group's tasks, the demo's review among them), Cockpit as a process owner (the processes with their
 * running cases), and our dashboard as the credit manager. Answers each page's visible text.
 */
export async function demoScreenshots(options: { engineBase: string; apiBase: string; password: (user: string) => string; expectOnTasklist: string; asOf: string }): Promise<Record<keyof DemoScreens, string>> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  const browser: Browser = await launchChromium();
  const shot = (name: string) => path.join(screenshotDir, `demo-zh-${name}.png`);
  try {
    const newPage = async () => (await browser.newContext({ viewport: { width: 1500, height: 1000 }, locale: 'zh-CN' })).newPage();
    let page = await newPage();
    const engineLogin = async (app: string, user: string) => {
      await page.goto(`${options.engineBase}/operaton/app/${app}/`);
      await logInToEngineApp(page, user, options.password(user));
    };
    await engineLogin('tasklist', 'analyst.wang');
    const filters = page.locator('.task-filters .task-filter h4.name');
    await waitFor('the Tasklist filters', async () => (await filters.count()) > 0 || undefined);
    await filters.first().click();
    await page.getByText(options.expectOnTasklist).first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1000);
    await page.screenshot({ path: shot('tasklist'), fullPage: true });
    const tasklist = await page.locator('body').innerText();

    page = await newPage();
    await engineLogin('cockpit', 'owner.liu');
    await page.goto(`${options.engineBase}/operaton/app/cockpit/default/#/processes`);
    await page.getByText('credit-lifecycle').first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1500);
    await page.screenshot({ path: shot('cockpit'), fullPage: true });
    const cockpit = await page.locator('body').innerText();

    const manager = await (await browser.newContext({ baseURL: options.apiBase, viewport: { width: 1500, height: 1000 }, locale: 'zh-CN', httpCredentials: { username: 'manager.zhang', password: options.password('manager.zhang') } })).newPage();
    await manager.goto('/dashboard');
    await manager.getByTestId('kpi-receivables').waitFor({ timeout: 60_000 });
    // as of the engine's day (other suites move the test engine's clock ahead of the wall clock), over a
    // period that holds the demo's invoices (issued up to 150 days before that day)
    const dayMs = 86_400_000;
    const dayOf = (offsetDays: number) => new Date(Date.parse(options.asOf) + offsetDays * dayMs).toISOString().slice(0, 10);
    await manager.getByTestId('filter-from').fill(dayOf(-365));
    await manager.getByTestId('filter-to').fill(dayOf(1));
    await manager.getByTestId('filter-as-of').fill(options.asOf);
    await manager.getByTestId('apply').click();
    // the answer redraws every panel as charts: the top customers' names are drawn on a canvas, and the
    // panel's table (one click away, in the page even while hidden) holds them as text
    const topCustomers = manager.getByTestId('table-top-customers');
    const topCustomersText = await waitFor('the demo among the top customers', async () => {
      const text = (await topCustomers.textContent()) ?? '';
      return text.includes('【示例 Demo】') ? text : undefined;
    }, 60_000);
    await manager.waitForTimeout(1000);
    await manager.screenshot({ path: shot('dashboard'), fullPage: true });
    const dashboard = `${await manager.locator('body').innerText()}\n${topCustomersText}`;
    return { tasklist, cockpit, dashboard };
  } finally {
    await browser.close();
  }
}
