import { randomUUID } from 'node:crypto';
import { Collection, DateTimeType, Entity, OneToMany, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { RoleGrant } from './role-grant.entity.js';

export type AccountStatus = 'unverified' | 'active' | 'disabled';

/** A person who signs in: an applicant (self-registered) or a member of staff (invited). */
@Entity({ tableName: 'account' })
export class Account {
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  /** Shown to analysts instead of the id or a name. */
  @Property({ type: 'string', length: 36, unique: true })
  pseudonym: Opt<string> = randomUUID();

  @Property({ type: 'string', length: 254, nullable: true, unique: true })
  email: string | null = null;

  /** Mainland mobile, 11 digits. */
  @Property({ type: 'string', length: 20, nullable: true, unique: true })
  phone: string | null = null;

  @Property({ type: 'string', length: 100 })
  displayName!: string;

  @Property({ type: 'string', length: 200, nullable: true, hidden: true })
  passwordHash: string | null = null;

  @Property({ type: 'string', length: 16 })
  status: Opt<AccountStatus> = 'unverified';

  @OneToMany({ entity: () => RoleGrant, mappedBy: 'account', orphanRemoval: true })
  grants = new Collection<RoleGrant>(this);

  @Property({ type: DateTimeType })
  createdAt: Opt<Date> = new Date();

  @Property({ type: DateTimeType, nullable: true })
  lastLoginAt: Date | null = null;

  @Property({ type: DateTimeType, nullable: true })
  passwordChangedAt: Date | null = null;

  @Property({ type: 'string', length: 500, nullable: true })
  disabledReason: string | null = null;
}
