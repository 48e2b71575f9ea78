import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { projectRoot } from '../../src/engine/local/engine-profile';
import { launchChromium } from '../../src/web/chromium';
import { buildWebPages } from '../../src/web/web-bundle';
import { passwordOf } from './local-passwords';
import { startTestSystem } from './test-system';

export const screenshotDir = path.join(projectRoot, 'test-output', 'e2e');

/** Debian's Chromium with one page of a desktop's size in the given language, for the engine's own web apps. */
export async function engineAppPage(locale: 'en-US' | 'zh-CN'): Promise<{ browser: Browser; page: Page }> {
  const browser = await launchChromium();
  fs.mkdirSync(screenshotDir, { recursive: true });
  const page = await (await browser.newContext({ viewport: { width: 1500, height: 1000 }, locale })).newPage();
  return { browser, page };
}

/** The whole service on a free port with freshly built pages, and Debian's Chromium to look at it. */
export async function startWebSystem() {
  await buildWebPages({ minify: false });
  const system = await startTestSystem();
  const server = system.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  fs.mkdirSync(screenshotDir, { recursive: true });
  return {
    ...system,
    baseUrl,
    browser,
    /**
     * A browser context logged in as a local user (basic auth, as the browser's login prompt would send it),
     * in an English browser unless another language is asked for (the pages follow the browser's language).
     */
    async loginAs(username: string, options: { locale?: 'en-US' | 'zh-CN' } = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
      const context = await browser.newContext({ baseURL: baseUrl, httpCredentials: { username, password: passwordOf(username) }, viewport: { width: 1500, height: 1000 }, locale: options.locale ?? 'en-US' });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      return { context, page, errors };
    },
    screenshot: (page: Page, name: string) => page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true }),
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      await system.close();
    },
  };
}

export type WebSystem = Awaited<ReturnType<typeof startWebSystem>>;
