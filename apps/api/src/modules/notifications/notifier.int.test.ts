import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/test-api.js';
import { Account } from '../accounts/account.entity.js';
import { emailWhere } from '../accounts/contact.js';
import { createDispatcher, MAX_ATTEMPTS } from '../../jobs/outbox-dispatcher.js';
import type { Gateway } from './notifier.js';
import { OutboxMessage, recipientKey } from './outbox-message.entity.js';

const REGISTER = 'mutation ($contact: String!) { register(input: { contact: $contact, password: "mail passphrase here", displayName: "钱同学", privacyNoticeVersion: "2026-1" }) { sentTo } }';

/** Waits for what the dispatcher does after the response. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the dispatcher did not get there in 5 s');
}

describe('the notifier with the SMTP driver', () => {
  let api: TestApi;
  let smtp: SMTPServer;
  const received: string[] = [];
  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, done) {
        let text = '';
        stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
        stream.on('end', () => (received.push(text), done()));
      },
    });
    await new Promise<void>((ready) => smtp.listen(0, '127.0.0.1', ready));
    const { port } = smtp.server.address() as AddressInfo;
    api = await startTestApi({ env: { NOTIFIER: 'smtp', SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: 'yc@yingcai.test' } });
  });
  afterAll(async () => {
    await api.close();
    await new Promise<void>((closed) => smtp.close(closed));
  });

  it('issue 11: hands an e-mail code to the mail server after the registration committed, and keeps it in the outbox as sent', async () => {
    const registered = await api.browser().graphql(REGISTER, { contact: 'qian@example.com' });
    expect(registered.errors, JSON.stringify(registered.errors)).toBeUndefined();
    await eventually(async () => received.length, (n) => n === 1);
    expect(received[0]).toMatch(/To: qian@example\.com/);
    const kept = await eventually(() => api.orm.em.fork().findOneOrFail(OutboxMessage, { recipientHash: recipientKey('qian@example.com') }), (m) => m.status === 'sent');
    expect(kept).toMatchObject({ driver: 'smtp', attempts: 1, sentAt: api.now() });
    // Issue 23: the mail carries the code; the outbox keeps it hidden, and its sealed copy is gone once sent.
    expect(bodyOf(received[0]!)).toMatch(/验证码 \d{6}/);
    expect(kept.body).toContain('验证码 ******');
    expect((await api.orm.em.fork().findOneOrFail(OutboxMessage, kept.id, { populate: ['sealed'] })).sealed).toBeNull();
  });

  it('without SMS_PROVIDER a text message stays in the outbox only', async () => {
    await api.browser().graphql('mutation { register(input: { contact: "13700000009", password: "sms passphrase here", displayName: "孙同学", privacyNoticeVersion: "2026-1" }) { sentTo } }');
    const kept = await api.orm.em.fork().findOneOrFail(OutboxMessage, { recipientHash: recipientKey('13700000009') });
    expect(kept).toMatchObject({ channel: 'sms', driver: 'outbox', status: 'kept' });
    expect(received).toHaveLength(1);
  });
});

describe('issue 11: the outbox dispatcher when the mail server is down', () => {
  let api: TestApi;
  beforeAll(async () => {
    // A port nothing listens on: every attempt is refused.
    api = await startTestApi({ env: { NOTIFIER: 'smtp', SMTP_URL: 'smtp://127.0.0.1:9', MAIL_FROM: 'yc@yingcai.test' } });
  });
  afterAll(() => api.close());
  const message = (recipient: string) => api.orm.em.fork().findOneOrFail(OutboxMessage, { recipientHash: recipientKey(recipient) });
  const quiet = { warn: () => {}, error: () => {} } as never;

  it('a failed send keeps the registration committed and waits to retry; a later run sends it', async () => {
    expect((await api.browser().graphql(REGISTER, { contact: 'zhou@example.com' })).errors).toBeUndefined();
    const failed = await eventually(() => message('zhou@example.com'), (m) => m.lastError !== null);
    expect(failed).toMatchObject({ status: 'pending', attempts: 1 });
    expect(failed.lastError).toBe('ESOCKET'); // nodemailer's code for a connection refused
    expect(failed.nextAttemptAt!.getTime() - api.now().getTime()).toBe(60_000);
    expect(await api.orm.em.fork().count(Account, emailWhere('zhou@example.com'))).toBe(1);

    const sent: string[] = [];
    const later = new Date(api.now().getTime() + 61_000);
    const working = gateway(async (m) => void sent.push(m.recipient));
    await createDispatcher(api.orm, { gateways: { email: working } }, () => later, quiet).run();
    expect(sent).toEqual(['zhou@example.com']);
    expect(await message('zhou@example.com')).toMatchObject({ status: 'sent', attempts: 2, sentAt: later, lastError: null });
  });

  it(`after ${MAX_ATTEMPTS} failed attempts a message is failed, and no run sends it again`, async () => {
    await api.browser().graphql(REGISTER, { contact: 'wu@example.com' });
    await eventually(() => message('wu@example.com'), (m) => m.lastError !== null);
    const refusing = gateway(async () => {
      throw Object.assign(new Error('refused'), { code: 'EENVELOPE' });
    });
    let at = api.now().getTime();
    for (let attempt = 2; attempt <= MAX_ATTEMPTS + 1; attempt++) {
      at += 60 * 60_000;
      await createDispatcher(api.orm, { gateways: { email: refusing } }, () => new Date(at), quiet).run();
    }
    expect(await message('wu@example.com')).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, lastError: 'EENVELOPE', nextAttemptAt: null });
  });

  it('two dispatchers at once, as on two API instances, send each message once', async () => {
    const em = api.orm.em.fork();
    const now = new Date(api.now().getTime() + 24 * 3600_000);
    for (let i = 0; i < 30; i++) em.create(OutboxMessage, { channel: 'email', recipient: `batch${i}@example.com`, subject: 's', body: 'b', sealed: '{"body":"b","values":{}}', driver: 'smtp', status: 'pending', nextAttemptAt: now, createdAt: now });
    await em.flush();
    const sent: string[] = [];
    const slow = gateway(async (m) => {
      await new Promise((resolve) => setTimeout(resolve, 2));
      sent.push(m.recipient);
    });
    await Promise.all([1, 2].map(() => createDispatcher(api.orm, { gateways: { email: slow } }, () => now, quiet).run()));
    const batch = sent.filter((r) => r.startsWith('batch'));
    expect(batch).toHaveLength(30);
    expect(new Set(batch).size).toBe(30);
  });
});

const gateway = (deliver: (message: Parameters<Gateway['deliver']>[0]) => Promise<void>): Gateway => ({
  driver: 'smtp',
  deliver: async (message) => (await deliver(message), { providerMessageId: null }),
});

/** The text of a received mail; nodemailer sends Chinese text base64-encoded. */
function bodyOf(mail: string): string {
  const [headers, ...rest] = mail.split('\r\n\r\n');
  const body = rest.join('\r\n\r\n');
  return /Content-Transfer-Encoding: base64/i.test(headers!) ? Buffer.from(body.replace(/\s/g, ''), 'base64').toString('utf8') : body;
}
