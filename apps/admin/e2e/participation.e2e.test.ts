import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, launchBrowser } from '../../../tooling/vitest/e2e/browser.js';
import { adminSession } from './console-login.js';

// The server runs with no demo data, so there is no school to bind a coordinator to, and at FIXED_NOW
// (2026-11-25) the school_participation window of 2025 is closed: the screens themselves are covered by
// the component tests (src/routes/participation). Here only who is offered 参与中学, against the real API.
describe('参与中学 in Chromium', () => {
  let browser: Browser;
  let signedIn: Awaited<ReturnType<typeof adminSession>>;
  beforeAll(async () => {
    browser = await launchBrowser();
    signedIn = await adminSession(browser, DESKTOP);
  });
  afterAll(() => browser.close());

  it('is neither in the menu nor open by address for an admin without OFFICE_STAFF or SCHOOL_COORDINATOR', async () => {
    const { page, errors } = await signedIn();
    await page.goto(`${inject('baseUrl')}/admin/cycle`);
    await expect.poll(() => page.getByRole('menuitem', { name: /周期设置/ }).count()).toBe(1);
    await expect.poll(() => page.getByRole('menuitem', { name: /账号管理/ }).count()).toBe(1);
    expect(await page.getByRole('menuitem', { name: /参与中学/ }).count()).toBe(0);

    await page.goto(`${inject('baseUrl')}/admin/participation`);
    await expect.poll(() => page.locator('main').textContent()).toContain('您没有权限访问此页面');
    expect(await page.getByRole('menuitem', { name: /参与中学/ }).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
