import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, PHONE } from '../../../tooling/vitest/e2e/browser.js';

describe('the public home page in Chromium, on a phone', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('R-SCOPE-1 shows the five disciplines and the timeline with one phase current, without console errors', async () => {
    const { page, errors } = await openPage(browser, PHONE);
    await page.goto(`${inject('baseUrl')}/`);

    const disciplines = page.getByRole('region', { name: '招生学科' }).getByRole('listitem');
    await expect.poll(() => disciplines.allTextContents()).toEqual(['物理学', '数学', '计算机科学与技术', '化学', '生物学']);

    const current = page.locator('[aria-current="step"]');
    await expect.poll(() => current.count()).toBe(1);
    // FIXED_NOW is 2026-11-25 in Shanghai: the annual evaluation's window (Nov 2026).
    expect(await current.textContent()).toContain('年度评价');

    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
  });

  it('R-APP-2 switches to English and keeps the cycle\'s numbers', async () => {
    const { page, errors } = await openPage(browser, PHONE);
    await page.goto(`${inject('baseUrl')}/`);
    await page.getByRole('button', { name: 'English' }).click();
    const eligibility = page.getByRole('region', { name: 'Who can apply' });
    await expect.poll(() => eligibility.textContent()).toContain('top 10% of your grade');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(errors).toEqual([]);
  });
});
