import { idCheckCharacter } from '@yingcai/domain/applications';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, openPage, PHONE } from '../../../tooling/vitest/e2e/browser.js';
import { readOutboxCode } from '../../../tooling/vitest/e2e/outbox.js';
import { startApi, type RunningApi } from '../../../tooling/vitest/e2e/start-server.js';
import { logInToConsole } from '../../admin/e2e/console-login.js';

// Inside 2027's registration (Nov 2026) while the 2026 cohort has its annual evaluation: a server of its
// own with the demo data that day gives (DEMO=1 follows the clock, decision 032).
const NOW = '2026-11-25T10:00:00+08:00';
const OFFICE = { email: 'office@yingcai.test', password: 'yingcai-demo-2026' };
const PHONE_NUMBER = '13912345678';
const APPLICANT = '高明远';
// Born 2008-05-20: 18 on NOW, so no guardian consent is asked (R-CONSENT-1).
const FIRST_17 = '14010520080520123';
const ID_NUMBER = FIRST_17 + idCheckCharacter(FIRST_17);

async function registerByPhone(page: Page, api: RunningApi): Promise<void> {
  await page.goto(`${api.baseUrl}/register`);
  await page.getByRole('heading', { level: 1, name: '注册申请人账号' }).waitFor();
  await page.getByLabel('姓名').fill(APPLICANT);
  await page.getByLabel('电子邮箱或手机号').fill(PHONE_NUMBER);
  await page.getByLabel('密码').fill('next cycle applicant phrase');
  await page.getByRole('checkbox', { name: /我已阅读并同意/ }).check();
  await page.getByRole('button', { name: '注册' }).click();
  await page.getByRole('heading', { level: 1, name: '输入验证码' }).waitFor();
  await page.getByLabel('验证码').fill(await readOutboxCode(PHONE_NUMBER, api.databaseFile));
  await page.getByRole('button', { name: '验证并登录' }).click();
  await page.getByRole('heading', { level: 1, name: '我的账户' }).waitFor();
}

async function applyTo2027(page: Page, api: RunningApi): Promise<string> {
  await page.goto(`${api.baseUrl}/apply`);
  await page.getByText('2027年度', { exact: false }).first().waitFor();
  await page.getByLabel('身份证号', { exact: true }).fill(ID_NUMBER);
  await page.getByLabel('姓名', { exact: true }).fill(APPLICANT);
  await page.getByLabel('学校', { exact: true }).selectOption({ label: '太原市第十中学（演示）' });
  await page.getByRole('radio', { name: '高二' }).check();
  await page.getByLabel('班级', { exact: true }).fill('高二(5)班');
  await page.getByLabel('手机号', { exact: true }).fill(PHONE_NUMBER);
  await page.getByLabel('申请学科', { exact: true }).selectOption('physics');
  await page.getByText('已保存', { exact: true }).waitFor();
  await page.getByLabel('第1志愿导师', { exact: true }).selectOption({ label: '陈教授（演示） · 凝聚态物理、超导材料' });
  await page.getByLabel('学科年级排名', { exact: true }).fill('2');
  await page.getByLabel('总成绩年级排名', { exact: true }).fill('5');
  await page.getByLabel('年级人数', { exact: true }).fill('600');
  await page.getByLabel('申请陈述（兴趣与志向）', { exact: true }).fill('想在导师的实验室里测量超导转变温度。');
  await page.getByText('已保存', { exact: true }).waitFor();
  await page.getByRole('button', { name: '提交报名' }).click();
  await page.getByRole('heading', { level: 1, name: '报名进度' }).waitFor();
  await page.getByText('当前状态：已提交').waitFor();
  return (await page.locator('dt', { hasText: '报名号' }).locator('xpath=following-sibling::dd').textContent()) ?? '';
}

describe('Issue 11: inside 2027’s registration a phone applies to 2027 while the 2026 cohort’s pages still work, in Chromium', () => {
  let api: RunningApi;
  let browser: Browser;
  beforeAll(async () => {
    api = await startApi(NOW, true);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('R-APP-4 a phone registers with its number and submits to the 2027 cycle, numbered SX2027-', async () => {
    const { page, errors } = await openPage(browser, PHONE);
    await registerByPhone(page, api);
    const number = await applyTo2027(page, api);
    expect(number).toMatch(/^SX2027-\d{5}$/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
  });

  it('the office switches the console to 2026 and finds its cohort of students with mentors to assign', async () => {
    const watched = await openPage(browser, DESKTOP);
    const { page, errors } = watched;
    await logInToConsole(watched, OFFICE, '/admin/cohort', api.baseUrl);
    await page.getByText('本周期还没有学员', { exact: false }).waitFor();
    await page.getByLabel('周期').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '2026年山西省中学生英才计划' }).click();
    await page.getByRole('button', { name: /按志愿分配导师（未分配 5 人）/ }).waitFor();
    expect(await page.getByRole('row').count()).toBeGreaterThan(40);
    expect(errors).toEqual([]);
  });
});
