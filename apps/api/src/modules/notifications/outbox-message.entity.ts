import { DateTimeType, Entity, PrimaryKey, Property } from '@mikro-orm/core';

export type Channel = 'email' | 'sms';

/** A notice as it was sent; with the outbox driver this is the delivery (read on the console and by tests). */
@Entity({ tableName: 'outbox_message' })
export class OutboxMessage {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 8 })
  channel!: Channel;

  @Property({ type: 'string', length: 254, index: true })
  recipient!: string;

  @Property({ type: 'string', length: 200 })
  subject!: string;

  @Property({ type: 'text' })
  body!: string;

  /** `outbox` (kept here only) or `smtp` (also handed to the mail server). */
  @Property({ type: 'string', length: 8 })
  driver!: string;

  @Property({ type: DateTimeType, index: true })
  createdAt!: Date;
}
