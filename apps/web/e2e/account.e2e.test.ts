import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, PHONE } from '../../../tooling/vitest/e2e/browser.js';
import { readOutboxCode } from '../../../tooling/vitest/e2e/outbox.js';

const NAME = '赵小英';
const PASSWORD = 'e2e applicant phrase 2026';

async function expectAccountPage(page: Page) {
  await page.getByRole('heading', { level: 1, name: '我的账户' }).waitFor();
  const details = page.getByRole('region', { name: '我的信息', exact: true });
  await expect.poll(() => details.textContent()).toContain(NAME);
}

async function logOut(page: Page) {
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.getByRole('heading', { level: 1, name: '山西省中学生英才计划' }).waitFor();
  await page.getByRole('navigation', { name: '账户' }).getByRole('link', { name: '登录' }).waitFor();
}

async function pageWidth(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

describe("the applicant's account in Chromium, on a phone", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('R-CONSENT-1 registers, verifies with the code sent, records guardian consent, logs out and in again, without console errors', async () => {
    const { page, errors } = await openPage(browser, PHONE);
    const email = `applicant-${Date.now()}@example.com`;

    await page.goto(`${inject('baseUrl')}/`);
    await page.getByRole('navigation', { name: '账户' }).getByRole('link', { name: '注册' }).click();
    await page.getByRole('heading', { level: 1, name: '注册申请人账号' }).waitFor();
    await page.getByLabel('姓名').fill(NAME);
    await page.getByLabel('电子邮箱或手机号').fill(email);
    await page.getByLabel('密码').fill(PASSWORD);
    // Issue 23: the privacy notice opens from the form; registering needs it accepted.
    await page.getByRole('checkbox', { name: /我已阅读并同意/ }).check();
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    await page.getByRole('button', { name: '注册' }).click();

    await page.getByRole('heading', { level: 1, name: '输入验证码' }).waitFor();
    const code = await readOutboxCode(email);
    await page.getByLabel('验证码').fill(code);
    await page.getByRole('button', { name: '验证并登录' }).click();

    await expectAccountPage(page);
    expect(await page.getByRole('navigation', { name: '账户' }).getByRole('link', { name: '我的账户' }).count()).toBe(1);
    const sessions = page.getByRole('region', { name: '登录设备', exact: true });
    await expect.poll(() => sessions.textContent()).toContain('本设备');

    const consent = page.getByRole('region', { name: '监护人同意', exact: true });
    const version = (await consent.getByRole('heading', { level: 3 }).textContent())?.match(/版本 (\S+)）/)?.[1];
    expect(version).toBeTruthy();
    await consent.getByLabel('出生日期').fill('2010-05-20');
    await consent.getByLabel('监护人姓名').fill('赵强');
    await consent.getByLabel('监护人手机号码').fill('13900001111');
    // Issue 23: the code goes to the guardian's phone; the guardian tells it.
    await consent.getByRole('button', { name: '发送验证码到监护人手机' }).click();
    await consent.getByText('验证码已发送到 139****1111', { exact: false }).waitFor();
    await consent.getByLabel('监护人收到的验证码').fill(await readOutboxCode('13900001111'));
    await consent.getByLabel('监护人已阅读并同意').check();
    await consent.getByRole('button', { name: '提交监护人同意' }).click();
    await consent.getByText('监护人同意已记录。').waitFor();
    const recorded = await consent.textContent();
    expect(recorded).toContain('已记录的监护人同意');
    expect(recorded).toContain(`同意书版本${version}`);
    expect(recorded).toContain('139****1111');
    expect(recorded).toContain('您未满18周岁，报名需要监护人同意。');
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);

    await logOut(page);

    await page.getByRole('navigation', { name: '账户' }).getByRole('link', { name: '登录' }).click();
    await page.getByRole('heading', { level: 1, name: '登录' }).waitFor();
    await page.getByLabel('电子邮箱或手机号').fill(email);
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await expectAccountPage(page);

    await logOut(page);
    await page.goto(`${inject('baseUrl')}/account`);
    await page.getByRole('heading', { level: 1, name: '登录' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('says the password is wrong in Chinese and keeps what was typed', async () => {
    const { page, errors } = await openPage(browser, PHONE);
    await page.goto(`${inject('baseUrl')}/login`);
    await page.getByLabel('电子邮箱或手机号').fill('nobody@example.com');
    await page.getByLabel('密码').fill('not the password at all');
    await page.getByRole('button', { name: '登录' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('账号或密码错误。');
    expect(await page.getByLabel('电子邮箱或手机号').inputValue()).toBe('nobody@example.com');
    expect(errors).toEqual([]);
  });
});
