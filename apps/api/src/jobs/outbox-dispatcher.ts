import type { MikroORM } from '@mikro-orm/core';
import type { FastifyBaseLogger } from 'fastify';
import { openSealed, type Delivery } from '../modules/notifications/notifier.js';
import { OutboxMessage } from '../modules/notifications/outbox-message.entity.js';

/** Attempts before a message is `failed`; the waits between them grow: 1, 2, 4, 8 minutes. */
export const MAX_ATTEMPTS = 5;
const retryDelayMs = (attempts: number) => 60_000 * 2 ** (attempts - 1);
/** How long a claim holds: a sender that crashed mid-send gives the message back after it. */
const CLAIM_MS = 2 * 60_000;
const BATCH = 20;

export interface Dispatcher {
  /** Sends what is due now; resolves when nothing due is left. Runs once at a time; a call during a run asks for another. */
  run(): Promise<void>;
  /** Polls every `intervalMs` (retries, and messages a run missed) until `stop`. */
  start(intervalMs: number): void;
  stop(): Promise<void>;
}

/**
 * Issue 11: sends the outbox's pending messages after the unit of work that wrote them committed. Each
 * message is claimed by raising its attempt count in one conditional update, so two API instances never
 * send it twice; a failure waits and retries, and the data that caused it stays committed.
 */
export function createDispatcher(orm: MikroORM, delivery: Delivery, clock: () => Date, log: FastifyBaseLogger): Dispatcher {
  let running: Promise<void> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | null = null;

  async function sendDue(): Promise<void> {
    for (;;) {
      const now = clock();
      const due = await orm.em.fork().find(OutboxMessage, { status: 'pending', nextAttemptAt: { $lte: now } }, { orderBy: { id: 'asc' }, limit: BATCH, populate: ['sealed'] });
      for (const message of due) await sendOne(message, now);
      if (due.length < BATCH) return;
    }
  }

  async function sendOne(message: OutboxMessage, now: Date): Promise<void> {
    const em = orm.em.fork();
    const attempts = message.attempts + 1;
    const claimed = await em.nativeUpdate(OutboxMessage, { id: message.id, status: 'pending', attempts: message.attempts }, { attempts, nextAttemptAt: new Date(now.getTime() + CLAIM_MS) });
    if (claimed !== 1) return;
    try {
      const sent = await delivery.gateways[message.channel]!.deliver(openSealed(message));
      // Issue 23: once handed over, the outbox keeps only the readable body; the codes in the sealed copy go.
      await em.nativeUpdate(OutboxMessage, { id: message.id }, { status: 'sent', sentAt: clock(), nextAttemptAt: null, lastError: null, sealed: null, providerMessageId: sent.providerMessageId });
    } catch (error) {
      const lastError = String((error as { code?: unknown }).code ?? (error as Error).name ?? 'Error').slice(0, 64);
      const failed = attempts >= MAX_ATTEMPTS;
      await em.nativeUpdate(OutboxMessage, { id: message.id }, {
        status: failed ? 'failed' : 'pending', nextAttemptAt: failed ? null : new Date(now.getTime() + retryDelayMs(attempts)), lastError, ...(failed ? { sealed: null } : {}),
      });
      log.warn({ outboxMessage: message.id, attempts, lastError }, failed ? 'a notice could not be sent: given up' : 'a notice could not be sent: retrying later');
    }
  }

  const dispatcher: Dispatcher = {
    run() {
      if (running) {
        again = true;
        return running;
      }
      running = (async () => {
        do {
          again = false;
          await sendDue().catch((error: unknown) => log.error({ err: error }, 'the outbox dispatcher failed'));
        } while (again);
      })().finally(() => (running = null));
      return running;
    },
    start(intervalMs) {
      timer = setInterval(() => void dispatcher.run(), intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      await running;
    },
  };
  return dispatcher;
}
