import type { EntityManager } from '@mikro-orm/core';
import type { SmsTemplateKey } from '@yingcai/domain/notices';
import { maskSecrets } from '@yingcai/domain/privacy';
import { createTransport } from 'nodemailer';
import type { Config } from '../../env.js';
import { OutboxMessage, type Channel } from './outbox-message.entity.js';
import { createSmsGateway } from './sms-gateway.js';

export interface Notice {
  channel: Channel;
  recipient: string;
  subject: string;
  body: string;
  /** Issue 23: what a text message goes out as — its provider template and the values filling it. */
  template?: SmsTemplateKey;
  values?: Readonly<Record<string, string | number>>;
}

/**
 * Every code and notice leaves through here: it is written to the outbox in the caller's unit of work,
 * so it exists exactly when what caused it was committed. The dispatcher sends it after commit
 * (jobs/outbox-dispatcher.ts); a channel without a gateway keeps it in the outbox.
 */
export interface Notifier {
  send(em: EntityManager, notice: Notice, now: Date): Promise<void>;
}

/** A message whole, as a gateway sends it. */
export interface Outgoing {
  recipient: string;
  subject: string;
  body: string;
  template: SmsTemplateKey | null;
  values: Readonly<Record<string, string | number>>;
}

/** A sent text message whose delivery the provider has not reported yet. */
export interface SentMessage {
  providerMessageId: string;
  recipient: string;
  sentAt: Date;
}

/** The provider's report of one message: reached the phone, or not (with the provider's code). */
export interface Receipt {
  providerMessageId: string;
  delivered: boolean;
  error: string | null;
}

/** Hands one message to a provider; throws when it refuses or cannot be reached. */
export interface Gateway {
  driver: OutboxMessage['driver'];
  deliver(message: Outgoing): Promise<{ providerMessageId: string | null }>;
  /** Issue 23: the delivery reports the provider has of these messages (an SMS provider only). */
  receipts?(sent: readonly SentMessage[]): Promise<Receipt[]>;
}

export interface Delivery {
  /** The gateways there are, by channel. */
  gateways: Partial<Record<Channel, Gateway>>;
}

function mailGateway(config: Extract<Config['notifier'], { driver: 'smtp' }>): Gateway {
  const transport = createTransport(config.smtpUrl);
  return {
    driver: 'smtp',
    async deliver(message) {
      const sent = await transport.sendMail({ from: config.from, to: message.recipient, subject: message.subject, text: message.body });
      return { providerMessageId: typeof sent.messageId === 'string' ? sent.messageId.slice(0, 64) : null };
    },
  };
}

export function createDelivery(mail: Config['notifier'], sms: Config['sms']): Delivery {
  return {
    gateways: {
      ...(mail.driver === 'smtp' ? { email: mailGateway(mail) } : {}),
      ...(sms ? { sms: createSmsGateway(sms) } : {}),
    },
  };
}

/** Issue 23: the message whole, encrypted in the outbox until it is sent; the readable body hides its codes. */
const seal = (notice: Notice): string => JSON.stringify({ body: notice.body, values: notice.values ?? {} });

/** A message written before issue 23 has no sealed copy: its body was kept whole. */
export function openSealed(message: OutboxMessage): Outgoing {
  const { body, values } = message.sealed ? (JSON.parse(message.sealed) as { body: string; values: Record<string, string | number> }) : { body: message.body, values: {} };
  return { recipient: message.recipient, subject: message.subject, body, template: message.template, values };
}

/** `queued` hears of each message waiting to be sent (the server runs the dispatcher after the response). */
export function createNotifier(delivery: Delivery, queued: () => void = () => {}): Notifier {
  return {
    async send(em, notice, now) {
      const gateway = delivery.gateways[notice.channel];
      if (gateway) queued();
      em.create(OutboxMessage, {
        channel: notice.channel,
        recipient: notice.recipient,
        subject: notice.subject,
        body: maskSecrets(notice.body),
        template: notice.template ?? null,
        sealed: seal(notice),
        driver: gateway?.driver ?? 'outbox',
        status: gateway ? 'pending' : 'kept',
        nextAttemptAt: gateway ? now : null,
        createdAt: now,
      });
    },
  };
}
