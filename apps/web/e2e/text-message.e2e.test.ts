import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSmsProvider, type FakeSmsProvider } from '../../../tooling/vitest/fake-sms-provider.js';
import { launchBrowser, openPage, PHONE } from '../../../tooling/vitest/e2e/browser.js';
import { startApi, type RunningApi } from '../../../tooling/vitest/e2e/start-server.js';

const NOW = '2026-11-25T10:00:00+08:00';
const PHONE_NUMBER = '13712340001';
const SECRET_KEY = 'e2e-fake-provider-key';

// Issue 23: a server of its own whose text messages go to a local stand-in for Tencent Cloud SMS.
describe('a code reaches the phone by text message', { timeout: 60_000 }, () => {
  let fake: FakeSmsProvider;
  let api: RunningApi;
  let browser: Browser;
  beforeAll(async () => {
    fake = await startFakeSmsProvider('tencent', SECRET_KEY);
    api = await startApi(NOW, false, {
      SMS_PROVIDER: 'tencent', SMS_SECRET_ID: 'AKIDe2e', SMS_SECRET_KEY: SECRET_KEY, SMS_SDK_APP_ID: '1400000001', SMS_SIGN_NAME: '山西省英才计划',
      SMS_ENDPOINT: fake.url, SMS_TEMPLATES: JSON.stringify({ code_verify_contact: '100001' }),
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await fake?.close();
  });

  it('a phone registers, the code comes in the provider’s template, and it verifies the account', async () => {
    const { page, errors } = await openPage(browser, PHONE);
    await page.goto(`${api.baseUrl}/register`);
    await page.getByLabel('姓名').fill('宋同学');
    await page.getByLabel('电子邮箱或手机号').fill(PHONE_NUMBER);
    await page.getByLabel('密码').fill('a phone applicant phrase');
    await page.getByRole('checkbox', { name: /我已阅读并同意/ }).check();
    await page.getByRole('button', { name: '注册' }).click();
    await page.getByRole('heading', { level: 1, name: '输入验证码' }).waitFor();

    await expect.poll(() => fake.received.length, { timeout: 10_000 }).toBe(1);
    const sent = fake.received[0]!.params as { PhoneNumberSet: string[]; TemplateId: string; TemplateParamSet: string[] };
    expect(sent).toMatchObject({ PhoneNumberSet: [`+86${PHONE_NUMBER}`], TemplateId: '100001' });
    expect(fake.badSignatures).toBe(0);
    await page.getByLabel('验证码').fill(sent.TemplateParamSet[0]!);
    await page.getByRole('button', { name: '验证并登录' }).click();
    await page.getByRole('heading', { level: 1, name: '我的账户' }).waitFor();
    expect(errors).toEqual([]);
  });
});
