import { DateTimeType, Entity, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import type { Account } from './account.entity.js';

/** guardian_consent: sent to the guardian's own phone, entered by the applicant (issue 23). */
export type CodePurpose = 'verify_contact' | 'reset_password' | 'guardian_consent';

/** A six-digit code sent to an e-mail address or phone; stored hashed, used once, tried a few times. */
@Entity({ tableName: 'one_time_code' })
export class OneTimeCode {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'Account', ref: true, deleteRule: 'cascade', index: true })
  account!: Ref<Account>;

  @Property({ type: 'string', length: 20 })
  purpose!: CodePurpose;

  @Property({ type: 'string', length: 64 })
  codeHash!: string;

  @Property({ type: DateTimeType })
  createdAt!: Date;

  @Property({ type: DateTimeType })
  expiresAt!: Date;

  @Property({ type: DateTimeType, nullable: true })
  usedAt: Date | null = null;

  /** Guesses made: each claims one before it is compared, so the right code's own guess counts too. */
  @Property({ type: 'integer' })
  failedAttempts: Opt<number> = 0;
}
