import { DateTimeType, Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import type { Account } from './account.entity.js';

/**
 * A signed-in browser. Kept in the database so every API instance knows it; only the SHA-256 of
 * the cookie's token is stored, so a copy of this table signs nobody in.
 */
@Entity({ tableName: 'session' })
export class Session {
  /** SHA-256 of the cookie token, hex. */
  @PrimaryKey({ type: 'string', length: 64 })
  id!: string;

  /** A short public handle for the "my sessions" list; never the token's hash. */
  @Property({ type: 'string', length: 16, unique: true })
  handle!: string;

  @ManyToOne({ entity: 'Account', ref: true, deleteRule: 'cascade', index: true })
  account!: Ref<Account>;

  @Property({ type: DateTimeType })
  createdAt!: Date;

  @Property({ type: DateTimeType })
  lastSeenAt!: Date;

  /** The absolute end, whatever the activity. */
  @Property({ type: DateTimeType })
  expiresAt!: Date;

  @Property({ type: 'integer' })
  idleTimeoutSeconds!: number;

  @Property({ type: 'string', length: 300, nullable: true })
  userAgent: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  ip: string | null = null;
}
