import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/test-api.js';
import { OutboxMessage } from './outbox-message.entity.js';

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

  it('hands an e-mail code to the mail server and keeps it in the outbox, marked smtp', async () => {
    const registered = await api.browser().graphql('mutation { register(input: { contact: "qian@example.com", password: "mail passphrase here", displayName: "钱同学" }) { sentTo } }');
    expect(registered.errors, JSON.stringify(registered.errors)).toBeUndefined();
    expect(received).toHaveLength(1);
    expect(received[0]).toMatch(/To: qian@example\.com/);
    const kept = await api.orm.em.fork().findOneOrFail(OutboxMessage, { recipient: 'qian@example.com' });
    expect(kept.driver).toBe('smtp');
    expect(bodyOf(received[0]!)).toContain(/\d{6}/.exec(kept.body)![0]);
  });

  it('a text message has no gateway yet: it stays in the outbox only', async () => {
    await api.browser().graphql('mutation { register(input: { contact: "13700000009", password: "sms passphrase here", displayName: "孙同学" }) { sentTo } }');
    const kept = await api.orm.em.fork().findOneOrFail(OutboxMessage, { recipient: '13700000009' });
    expect(kept).toMatchObject({ channel: 'sms', driver: 'outbox' });
    expect(received).toHaveLength(1);
  });
});

/** The text of a received mail; nodemailer sends Chinese text base64-encoded. */
function bodyOf(mail: string): string {
  const [headers, ...rest] = mail.split('\r\n\r\n');
  const body = rest.join('\r\n\r\n');
  return /Content-Transfer-Encoding: base64/i.test(headers!) ? Buffer.from(body.replace(/\s/g, ''), 'base64').toString('utf8') : body;
}
