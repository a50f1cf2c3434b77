import type { EntityManager } from '@mikro-orm/core';
import type { Gateway } from './notifier.js';
import { OutboxMessage } from './outbox-message.entity.js';

const DAY_MS = 24 * 3600_000;
/** How long a provider is asked about a sent message: carriers report within hours, or never. */
const RECEIPT_DAYS = 3;
/** A kept message's sealed copy outlives the links in it (an invitation lasts 72 hours), no longer. */
const SEALED_KEPT_DAYS = 3;
const BATCH = 100;

/**
 * Issue 23 (timed job): the provider's delivery reports mark sent text messages `received` or `failed`
 * (with the provider's code), which 发送记录 shows. Reports are pulled over the provider's API, so no
 * endpoint of ours takes unsigned callbacks.
 */
export async function pullSmsReceipts(em: EntityManager, now: Date, gateway: Gateway | undefined): Promise<Record<string, number>> {
  if (!gateway?.receipts) return { asked: 0 };
  const sent = await em.find(
    OutboxMessage,
    { channel: 'sms', status: 'sent', providerMessageId: { $ne: null }, sentAt: { $gte: new Date(now.getTime() - RECEIPT_DAYS * DAY_MS) } },
    { orderBy: { id: 'asc' }, limit: BATCH },
  );
  if (sent.length === 0) return { asked: 0 };
  const receipts = await gateway.receipts(sent.map((message) => ({ providerMessageId: message.providerMessageId!, recipient: message.recipient, sentAt: message.sentAt! })));
  let received = 0;
  for (const receipt of receipts) {
    const changed = await em.nativeUpdate(
      OutboxMessage,
      { channel: 'sms', status: 'sent', providerMessageId: receipt.providerMessageId },
      { status: receipt.delivered ? 'received' : 'failed', lastError: receipt.error },
    );
    if (receipt.delivered) received += changed;
  }
  return { asked: sent.length, received, undelivered: receipts.filter((receipt) => !receipt.delivered).length };
}

/**
 * Issue 23 (timed job): the outbox is not an archive. Rows older than the retention setting go (a pending
 * one is still waiting for its gateway and stays), and a kept message's sealed copy goes after three days.
 */
export async function purgeOutbox(em: EntityManager, now: Date, retentionDays: number): Promise<Record<string, number>> {
  const sealedWiped = await em.nativeUpdate(OutboxMessage, { status: 'kept', sealed: { $ne: null }, createdAt: { $lt: new Date(now.getTime() - SEALED_KEPT_DAYS * DAY_MS) } }, { sealed: null });
  const deleted = await em.nativeDelete(OutboxMessage, { status: { $ne: 'pending' }, createdAt: { $lt: new Date(now.getTime() - retentionDays * DAY_MS) } });
  return { sealedWiped, deleted };
}
