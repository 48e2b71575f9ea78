import type { Page } from 'playwright-core';
import { waitFor } from './wait-for';

/**
 * Logs in on the login form of Operaton's Tasklist, Cockpit or Admin. The form may still be compiling
 * when the page has loaded (the apps load their locale and scripts first), and then it resets what was
 * typed into it: type again until the form keeps the name and password, then submit (CI runs submitted
 * an empty form otherwise).
 */
export async function logInToEngineApp(page: Page, username: string, password: string): Promise<void> {
  const name = page.locator('input[type="text"]').first();
  const secret = page.locator('input[type="password"]');
  await secret.waitFor();
  await waitFor(`${username}'s name and password kept in the login form`, async () => {
    if ((await name.inputValue()) === username && (await secret.inputValue()) === password) return true;
    await name.fill(username);
    await secret.fill(password);
    await page.waitForTimeout(300);
    return undefined;
  });
  await page.locator('button[type="submit"]').click();
}
