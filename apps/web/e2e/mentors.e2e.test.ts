import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, PHONE } from '../../../tooling/vitest/e2e/browser.js';
import { addApprovedMentors } from '../../../tooling/vitest/e2e/mentors.js';

const MENTORS = [
  { name: '韩量光', disciplineCode: 'physics', researchFields: ['量子光学', '冷原子'], profile: '研究光与原子的相互作用。' },
  { name: '彭固体', disciplineCode: 'physics', researchFields: ['凝聚态物理'], profile: '研究低温下的新奇物态。' },
  { name: '温代数', disciplineCode: 'mathematics', researchFields: ['代数几何'], profile: '喜欢用趣味问题讲证明。' },
  { name: '谢细胞', disciplineCode: 'biology', researchFields: ['细胞生物学'], profile: '研究细胞如何分裂。' },
];

describe('the mentor directory (导师风采) in Chromium, on a phone', () => {
  let browser: Browser;
  beforeAll(async () => {
    addApprovedMentors(MENTORS);
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('R-APP-3 filters by discipline, finds a mentor by a Chinese research field and opens their page', async () => {
    const { page, errors } = await openPage(browser, PHONE);
    await page.goto(`${inject('baseUrl')}/`);
    await page.getByRole('navigation', { name: '网站导航' }).getByRole('link', { name: '导师风采' }).click();
    await page.getByRole('heading', { level: 1, name: '导师风采' }).waitFor();

    const names = page.getByRole('article').getByRole('heading', { level: 2 }).getByRole('link');
    await page.getByRole('navigation', { name: '按学科筛选' }).getByRole('link', { name: '数学' }).click();
    await expect.poll(() => names.allTextContents()).toEqual(['温代数']);
    expect(page.url()).toContain('discipline=mathematics');

    await page.getByRole('navigation', { name: '按学科筛选' }).getByRole('link', { name: '全部学科' }).click();
    await page.getByLabel('搜索导师').fill('量子');
    await page.getByRole('button', { name: '搜索' }).click();
    await expect.poll(() => names.allTextContents()).toEqual(['韩量光']);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await names.first().click();
    const profile = page.getByRole('article', { name: '韩量光' });
    await profile.waitFor();
    expect(await profile.textContent()).toContain('冷原子');
    expect(await profile.textContent()).toContain('研究光与原子的相互作用。');
    expect(errors).toEqual([]);
  });
});
