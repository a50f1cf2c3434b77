import type { EntityManager } from '@mikro-orm/core';
import { createTransport, type Transporter } from 'nodemailer';
import type { Config } from '../../env.js';
import { OutboxMessage, type Channel } from './outbox-message.entity.js';

export interface Notice {
  channel: Channel;
  recipient: string;
  subject: string;
  body: string;
}

/**
 * Every code and notice leaves through here. The message is always recorded in the outbox in the
 * caller's unit of work; the SMTP driver also hands e-mail to the mail server. SMS has no gateway
 * yet: text messages stay in the outbox for the office to read.
 */
export interface Notifier {
  send(em: EntityManager, notice: Notice, now: Date): Promise<void>;
}

export function createNotifier(config: Config['notifier']): Notifier {
  const transport: Transporter | null = config.driver === 'smtp' ? createTransport(config.smtpUrl) : null;
  return {
    async send(em, notice, now) {
      em.create(OutboxMessage, { ...notice, driver: transport && notice.channel === 'email' ? 'smtp' : 'outbox', createdAt: now });
      if (transport && notice.channel === 'email' && config.driver === 'smtp') {
        await transport.sendMail({ from: config.from, to: notice.recipient, subject: notice.subject, text: notice.body });
      }
    },
  };
}
