import type { Browser, BrowserContextOptions } from 'playwright-core';
import { inject } from 'vitest';
import { openPage, type WatchedPage } from '../../../tooling/vitest/e2e/browser.js';

/** Logs in on the console's login screen; ends on the page the login led to. */
export async function logInToConsole(watched: WatchedPage, login: { email: string; password: string }, path = '/admin/', baseUrl = inject('baseUrl')): Promise<void> {
  const { page } = watched;
  await page.goto(`${baseUrl}${path}`);
  // Playwright's waits rather than expect.poll, so that a beforeAll can log in too.
  await page.waitForURL(/\/admin\/login(\?|$)/);
  await page.getByLabel('电子邮箱').fill(login.email);
  await page.getByLabel('密码').fill(login.password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'));
}

/** Logs in as the admin the harness created. */
export function logInAsAdmin(watched: WatchedPage, path = '/admin/'): Promise<void> {
  return logInToConsole(watched, inject('adminLogin'), path);
}

/** A page whose browser context already holds the admin's session (one login per test file). */
export async function adminSession(browser: Browser, options: BrowserContextOptions) {
  const watched = await openPage(browser, options);
  await logInAsAdmin(watched);
  const storageState = await watched.page.context().storageState();
  await watched.page.context().close();
  return (): Promise<WatchedPage> => openPage(browser, { ...options, storageState });
}
