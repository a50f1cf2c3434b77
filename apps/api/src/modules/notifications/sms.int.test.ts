import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSmsProvider, type FakeSmsProvider } from '@yingcai/vitest-config/fake-sms-provider';
import { startTestApi, type TestApi } from '../../../test/test-api.js';
import { readConfig } from '../../env.js';
import { createDispatcher } from '../../jobs/outbox-dispatcher.js';
import { createDelivery, type Gateway } from './notifier.js';
import { pullSmsReceipts } from './outbox-upkeep.js';
import { OutboxMessage, recipientKey } from './outbox-message.entity.js';

const REGISTER = 'mutation ($contact: String!) { register(input: { contact: $contact, password: "sms passphrase here", displayName: "冯同学", privacyNoticeVersion: "2026-1" }) { sentTo } }';
const VERIFY = 'mutation ($contact: String!, $code: String!) { verifyContact(input: { contact: $contact, code: $code }) { status } }';
const SECRET_KEY = 'fake-provider-secret-key';
const quiet = { warn: () => {}, error: () => {} } as never;

async function eventually<T>(read: () => Promise<T> | T, done: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the dispatcher did not get there in 5 s');
}

/** What each provider's request says of one message: phone, template, parameters (Tencent by position, Alibaba by name). */
const EXPECTED = {
  tencent: (phone: string, template: string, code: string) => ({
    PhoneNumberSet: [`+86${phone}`], SmsSdkAppId: '1400000001', SignName: '山西省英才计划', TemplateId: template, TemplateParamSet: [code, '10'],
  }),
  aliyun: (phone: string, template: string, code: string) => ({
    Action: 'SendSms', PhoneNumbers: phone, SignName: '山西省英才计划', TemplateCode: template, TemplateParam: JSON.stringify({ code, minutes: '10' }),
  }),
};
const REFUSAL = { tencent: 'LimitExceeded.PhoneNumberOneHourLimit', aliyun: 'isv.BUSINESS_LIMIT_CONTROL' };

describe.each(['tencent', 'aliyun'] as const)('issue 23: text messages through %s SMS', (provider) => {
  let api: TestApi;
  let fake: FakeSmsProvider;
  let env: Record<string, string>;
  beforeAll(async () => {
    fake = await startFakeSmsProvider(provider, SECRET_KEY);
    env = {
      SMS_PROVIDER: provider, SMS_SECRET_ID: 'AKIDfake', SMS_SECRET_KEY: SECRET_KEY, SMS_SDK_APP_ID: '1400000001', SMS_SIGN_NAME: '山西省英才计划',
      SMS_ENDPOINT: fake.url, SMS_TEMPLATES: JSON.stringify({ code_verify_contact: '100001', code_reset_password: '100002' }),
    };
    api = await startTestApi({ env });
  });
  afterAll(async () => {
    await api.close();
    await fake.close();
  });
  const message = (recipient: string) => api.orm.em.fork().findOneOrFail(OutboxMessage, { recipientHash: recipientKey(recipient) }, { populate: ['sealed'] });

  it('a phone registration sends one signed SendSms with the mapped template and the code, which verifies the account', async () => {
    expect((await api.browser().graphql(REGISTER, { contact: '13700000101' })).errors).toBeUndefined();
    await eventually(() => fake.received.length, (n) => n === 1);
    const params = fake.received[0]!.params;
    const code = provider === 'tencent' ? (params.TemplateParamSet as string[])[0]! : (JSON.parse(params.TemplateParam as string) as { code: string }).code;
    expect(code).toMatch(/^\d{6}$/);
    expect(params).toMatchObject(EXPECTED[provider]('13700000101', '100001', code));
    expect(fake.badSignatures).toBe(0);
    const sent = await eventually(() => message('13700000101'), (m) => m.status === 'sent');
    expect(sent).toMatchObject({ driver: provider, providerMessageId: 'fake-1', sealed: null, template: 'code_verify_contact' });
    expect(sent.body).toContain('验证码 ******');
    const verified = await api.browser().graphql<{ verifyContact: { status: string } }>(VERIFY, { contact: '13700000101', code });
    expect(verified.data?.verifyContact.status).toBe('ACTIVE');
  });

  it('a provider error keeps the registration and is retried; the retry sends the same code', async () => {
    const before = fake.received.length;
    fake.refuseNext(1, REFUSAL[provider]);
    await api.browser().graphql(REGISTER, { contact: '13700000102' });
    const refused = await eventually(() => message('13700000102'), (m) => m.lastError !== null);
    expect(refused).toMatchObject({ status: 'pending', attempts: 1, lastError: REFUSAL[provider] });
    expect(refused.sealed).not.toBeNull();

    const later = new Date(api.now().getTime() + 61_000);
    await createDispatcher(api.orm, createDelivery({ driver: 'outbox' }, readConfig({ NODE_ENV: 'test', ...env }).sms), () => later, quiet).run();
    expect(await message('13700000102')).toMatchObject({ status: 'sent', attempts: 2, lastError: null, sealed: null });
    const [first, retry] = fake.received.slice(before);
    expect(retry!.params).toEqual(first!.params);
    expect(fake.badSignatures).toBe(0);
  });

  it('a message the settings map to no provider template is not sent: retried, then failed for the office to see', async () => {
    const before = fake.received.length;
    // A second registration of the same phone tells its owner (account_exists), which these settings do not map.
    await api.browser().graphql(REGISTER, { contact: '13700000101' });
    const unmapped = await eventually(
      () => api.orm.em.fork().findOneOrFail(OutboxMessage, { recipientHash: recipientKey('13700000101'), template: 'account_exists' }),
      (m) => m.lastError !== null,
    );
    expect(unmapped).toMatchObject({ status: 'pending', lastError: 'SMS_TEMPLATE_UNMAPPED' });
    expect(fake.received.length).toBe(before);
  });
});

describe.each(['tencent', 'aliyun'] as const)('issue 23: delivery reports from %s SMS', (provider) => {
  let api: TestApi;
  let fake: FakeSmsProvider;
  let gateway: Gateway;
  beforeAll(async () => {
    fake = await startFakeSmsProvider(provider, SECRET_KEY);
    const env = {
      SMS_PROVIDER: provider, SMS_SECRET_ID: 'AKIDfake', SMS_SECRET_KEY: SECRET_KEY, SMS_SDK_APP_ID: '1400000001', SMS_SIGN_NAME: '山西省英才计划',
      SMS_ENDPOINT: fake.url, SMS_TEMPLATES: JSON.stringify({ code_verify_contact: '100001' }),
    };
    api = await startTestApi({ env });
    gateway = createDelivery({ driver: 'outbox' }, readConfig({ NODE_ENV: 'test', ...env }).sms).gateways.sms!;
  });
  afterAll(async () => {
    await api.close();
    await fake.close();
  });
  const status = async (recipient: string) => (await api.orm.em.fork().findOneOrFail(OutboxMessage, { recipientHash: recipientKey(recipient) })).status;

  it('the carrier’s report marks a sent message received, or failed with the provider’s code; an unreported one stays sent', async () => {
    for (const phone of ['13700000201', '13700000202', '13700000203']) await api.browser().graphql(REGISTER, { contact: phone });
    await eventually(() => status('13700000203'), (s) => s === 'sent');
    fake.report('fake-1', true);
    fake.report('fake-2', false);
    const pulled = await pullSmsReceipts(api.orm.em.fork(), api.now(), gateway);
    expect(pulled).toMatchObject({ asked: 3, received: 1, undelivered: 1 });
    expect(await status('13700000201')).toBe('received');
    const undelivered = await api.orm.em.fork().findOneOrFail(OutboxMessage, { recipientHash: recipientKey('13700000202') });
    expect(undelivered).toMatchObject({ status: 'failed', lastError: provider === 'tencent' ? 'UNDELIVERED' : 'MK:0001' });
    expect(await status('13700000203')).toBe('sent');
    expect(fake.badSignatures).toBe(0);
  });
});

describe('issue 23: SMS settings', () => {
  it('a provider without its credentials, or a template map naming an unknown message, is refused at start', () => {
    expect(() => readConfig({ SMS_PROVIDER: 'tencent', SMS_SECRET_ID: 'id' })).toThrow(/SMS_SECRET_KEY is required when SMS_PROVIDER=tencent[\s\S]*SMS_SDK_APP_ID is required/);
    expect(() => readConfig({ SMS_TEMPLATES: '{"code_verify":"1"}' })).toThrow(/SMS_TEMPLATES must be a JSON object from message keys/);
    expect(readConfig({}).sms).toBeNull();
  });
});
