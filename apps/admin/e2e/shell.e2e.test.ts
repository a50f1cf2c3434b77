import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, launchBrowser } from '../../../tooling/vitest/e2e/browser.js';
import { adminSession } from './console-login.js';

describe('the console shell in Chromium', () => {
  let browser: Browser;
  let signedIn: Awaited<ReturnType<typeof adminSession>>;
  beforeAll(async () => {
    browser = await launchBrowser();
    signedIn = await adminSession(browser, DESKTOP);
  });
  afterAll(() => browser.close());

  it('loads at /admin/, shows the menu and the cycle settings with the rules as data', async () => {
    const { page, errors } = await signedIn();
    await page.goto(`${inject('baseUrl')}/admin/`);
    await expect.poll(() => page.url()).toMatch(/\/admin\/cycle$/);
    await expect.poll(() => page.getByRole('menuitem', { name: /周期设置/ }).count()).toBe(1);
    const main = page.locator('main');
    await expect.poll(() => main.textContent()).toContain('计算机科学与技术');
    const body = await main.textContent();
    for (const text of ['2026年山西省中学生英才计划', 'R-APP-2', 'R-SEL-4', '山西大学', '小店区']) expect(body).toContain(text);
    expect(errors).toEqual([]);
  });

  it('a reload on a console route keeps the console (server falls back to its index.html)', async () => {
    const { page, errors } = await signedIn();
    await page.goto(`${inject('baseUrl')}/admin/cycle`);
    await expect.poll(() => page.getByRole('menuitem', { name: /周期设置/ }).count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
