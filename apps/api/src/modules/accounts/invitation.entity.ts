import { DateTimeType, Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import type { RoleGrant as GrantData } from '@yingcai/domain/access';
import type { Account } from './account.entity.js';

/** A one-time link an admin sends to a member of staff; it creates their account when accepted. */
@Entity({ tableName: 'invitation' })
export class Invitation {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /** SHA-256 of the link's token, hex. */
  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  @Property({ type: 'string', length: 254 })
  email!: string;

  @Property({ type: 'string', length: 100 })
  displayName!: string;

  @Property({ type: 'json' })
  grants!: GrantData[];

  @ManyToOne({ entity: 'Account', ref: true, deleteRule: 'set null', nullable: true })
  invitedBy!: Ref<Account> | null;

  @Property({ type: DateTimeType })
  createdAt!: Date;

  @Property({ type: DateTimeType })
  expiresAt!: Date;

  @Property({ type: DateTimeType, nullable: true })
  acceptedAt: Date | null = null;
}
