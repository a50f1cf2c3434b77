import { BeforeCreate, DateTimeType, Entity, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import type { SmsTemplateKey } from '@yingcai/domain/notices';
import { EncryptedType } from '../../crypto/encrypted.type.js';
import { dataKeys } from '../../crypto/field-keys.js';
import { contactHashOf } from '../../crypto/lookup-hash.js';

export type Channel = 'email' | 'sms';

/**
 * `kept`: nothing sends this channel, the outbox is its delivery (read on the console and by tests);
 * `pending`: waiting for the dispatcher (or, while it sends, claimed until `nextAttemptAt`); `sent`;
 * `received`: the SMS provider reported it reached the phone (issue 23); `failed`: every attempt failed,
 * or the provider reported it did not arrive.
 */
/** What an outbox message is found by: its recipient's keyed hash, as accounts find contacts (issue 22). */
export const recipientKey = (recipient: string): string => contactHashOf(dataKeys(), recipient);

export type DeliveryStatus = 'kept' | 'pending' | 'sent' | 'received' | 'failed';

/** A notice: written in the unit of work that caused it, sent after commit by the dispatcher (jobs/outbox-dispatcher.ts). */
@Entity({ tableName: 'outbox_message' })
// The dispatcher's question: which pending messages are due.
@Index({ properties: ['status', 'nextAttemptAt'] })
export class OutboxMessage {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 8 })
  channel!: Channel;

  /** Encrypted (issues 22, 23): an applicant's or a guardian's phone; found by `recipientHash`. */
  @Property({ type: new EncryptedType('outbox_message.recipient') })
  recipient!: string;

  @Property({ type: 'string', length: 64, nullable: true, index: true })
  recipientHash: string | null = null;

  @Property({ type: 'string', length: 200 })
  subject!: string;

  /** As the office may read it: one-time codes and link tokens replaced by `******` (issue 23). */
  @Property({ type: 'text' })
  body!: string;

  /** Issue 23: the provider template a text message goes out as (none for mail-only notices). */
  @Property({ type: 'string', length: 64, nullable: true })
  template: SmsTemplateKey | null = null;

  /**
   * Issue 23: the message whole — body and template values, codes included — encrypted, only until it is
   * sent or given up (a message kept in the outbox keeps it until the purge); see notifier.ts `seal`.
   */
  @Property({ type: new EncryptedType('outbox_message.sealed'), nullable: true, lazy: true })
  sealed: string | null = null;

  /** The provider's id of a sent text message (Tencent SerialNo, Alibaba BizId), for its delivery receipt. */
  @Property({ type: 'string', length: 64, nullable: true })
  providerMessageId: string | null = null;

  /** `outbox` (kept here only), `smtp` (handed to the mail server), `tencent` or `aliyun` (the SMS provider). */
  @Property({ type: 'string', length: 8 })
  driver!: string;

  @Property({ type: 'string', length: 8 })
  status: Opt<DeliveryStatus> = 'kept';

  /** Sending attempts begun; each claims the message by raising it. */
  @Property({ type: 'integer' })
  attempts: Opt<number> = 0;

  /** Pending: when it is due (again). */
  @Property({ type: DateTimeType, nullable: true })
  nextAttemptAt: Date | null = null;

  @Property({ type: DateTimeType, nullable: true })
  sentAt: Date | null = null;

  /** The last failure's kind (an error code such as ECONNREFUSED), never its message, which may name the recipient. */
  @Property({ type: 'string', length: 64, nullable: true })
  lastError: string | null = null;

  @Property({ type: DateTimeType, index: true })
  createdAt!: Date;

  @BeforeCreate()
  protected hashRecipient(): void {
    this.recipientHash = recipientKey(this.recipient);
  }
}
