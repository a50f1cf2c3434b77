import type { EntityManager } from '@mikro-orm/core';
import { createTransport } from 'nodemailer';
import type { Config } from '../../env.js';
import { OutboxMessage, type Channel } from './outbox-message.entity.js';

export interface Notice {
  channel: Channel;
  recipient: string;
  subject: string;
  body: string;
}

/**
 * Every code and notice leaves through here: it is written to the outbox in the caller's unit of work,
 * so it exists exactly when what caused it was committed. The dispatcher sends it after commit
 * (jobs/outbox-dispatcher.ts). SMS has no gateway yet: text messages stay in the outbox for the office to read.
 */
export interface Notifier {
  send(em: EntityManager, notice: Notice, now: Date): Promise<void>;
}

/** Hands one message to its channel's gateway; throws when the gateway refuses or cannot be reached. */
export type Deliver = (message: OutboxMessage) => Promise<void>;

export interface Delivery {
  /** The gateways there are, by channel. */
  gateways: Partial<Record<Channel, Deliver>>;
}

export function createDelivery(config: Config['notifier']): Delivery {
  if (config.driver !== 'smtp') return { gateways: {} };
  const transport = createTransport(config.smtpUrl);
  return {
    gateways: {
      email: async (message) => {
        await transport.sendMail({ from: config.from, to: message.recipient, subject: message.subject, text: message.body });
      },
    },
  };
}

/** `queued` hears of each message waiting to be sent (the server runs the dispatcher after the response). */
export function createNotifier(delivery: Delivery, queued: () => void = () => {}): Notifier {
  return {
    async send(em, notice, now) {
      const sends = delivery.gateways[notice.channel] !== undefined;
      if (sends) queued();
      em.create(OutboxMessage, {
        ...notice, driver: sends ? 'smtp' : 'outbox', status: sends ? 'pending' : 'kept', nextAttemptAt: sends ? now : null, createdAt: now,
      });
    },
  };
}
