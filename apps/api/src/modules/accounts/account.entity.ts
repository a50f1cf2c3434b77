import { randomUUID } from 'node:crypto';
import { BeforeCreate, BeforeUpdate, Collection, DateTimeType, Entity, OneToMany, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { EncryptedType } from '../../crypto/encrypted.type.js';
import { lookupHash } from '../../crypto/lookup-hash.js';
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

  /** Lower-cased; encrypted, found by `emailHash` (issue 22). */
  @Property({ type: new EncryptedType('account.email'), nullable: true })
  email: string | null = null;

  /** Mainland mobile, 11 digits; encrypted, found by `phoneHash` (issue 22). */
  @Property({ type: new EncryptedType('account.phone'), nullable: true })
  phone: string | null = null;

  /** The keyed hash of `email`, kept by the hooks below: login, uniqueness and search by whole address. */
  @Property({ type: 'string', length: 64, nullable: true, unique: true })
  emailHash: Opt<string> | null = null;

  @Property({ type: 'string', length: 64, nullable: true, unique: true })
  phoneHash: Opt<string> | null = null;

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

  /** Issue 23: the privacy notice (个人信息处理规则) accepted at registration, and when. */
  @Property({ type: 'string', length: 16, nullable: true })
  privacyNoticeVersion: string | null = null;

  @Property({ type: DateTimeType, nullable: true })
  privacyNoticeAcceptedAt: Date | null = null;

  @BeforeCreate()
  @BeforeUpdate()
  protected hashContacts(): void {
    // Undefined is a property a partial load left out: its hash stays as stored.
    if (this.email !== undefined) this.emailHash = this.email === null ? null : lookupHash('email', this.email);
    if (this.phone !== undefined) this.phoneHash = this.phone === null ? null : lookupHash('phone', this.phone);
  }
}
