import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, PHONE } from '../../../tooling/vitest/e2e/browser.js';
import { addParticipatingSchools } from '../../../tooling/vitest/e2e/schools.js';

describe('the eligibility self-check (资格自测) in Chromium, on a phone', () => {
  let browser: Browser;
  beforeAll(async () => {
    addParticipatingSchools([
      { name: '太原市成成中学', districtCode: '140105' },
      { name: '太原市进山中学', districtCode: '140106' },
    ]);
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('R-APP-1 R-APP-2 a student of a participating school checks their ranks and sees 符合 with the rule', async () => {
    const { page, errors } = await openPage(browser, PHONE);
    await page.goto(`${inject('baseUrl')}/`);
    await page.getByRole('navigation', { name: '网站导航' }).getByRole('link', { name: '资格自测' }).click();
    await page.getByRole('heading', { level: 1, name: '资格自测' }).waitFor();

    await page.getByRole('radio', { name: '高二' }).check();
    await page.getByRole('searchbox', { name: '搜索学校' }).fill('进山');
    await page.getByRole('combobox', { name: '学校' }).selectOption({ label: '太原市进山中学' });
    await page.getByRole('combobox', { name: '申请学科' }).selectOption({ label: '数学' });
    await page.getByLabel('数学对应科目的年级排名').fill('12');
    await page.getByLabel('年级人数').fill('150');
    await page.getByRole('button', { name: '开始自测' }).click();

    const outcome = page.getByRole('status', { name: '符合申请条件' });
    await outcome.waitFor();
    expect(await outcome.textContent()).toContain('符合 R-APP-2：学科排名 12/150 在前 10%（150×10% 向下取整，即前 15 名）以内');
    expect(await outcome.textContent()).toContain('符合 R-APP-1：太原市进山中学是本年度的参与中学');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
  });
});
