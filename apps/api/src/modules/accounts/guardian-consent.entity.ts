import { DateTimeType, Entity, OneToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { EncryptedType } from '../../crypto/encrypted.type.js';
import type { Account } from './account.entity.js';

/** A guardian's consent for an applicant under 18 (R-CONSENT-1): the exact text and version agreed, and when. */
@Entity({ tableName: 'guardian_consent' })
export class GuardianConsent {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @OneToOne({ entity: 'Account', ref: true, owner: true, deleteRule: 'cascade', unique: true })
  account!: Ref<Account>;

  /** The applicant's date of birth, `YYYY-MM-DD`: it decides whether consent is needed. Encrypted (issue 22). */
  @Property({ type: new EncryptedType('guardian_consent.date_of_birth') })
  dateOfBirth!: string;

  @Property({ type: 'string', length: 100 })
  guardianName!: string;

  /** Encrypted (issue 22): it reaches a minor's family. */
  @Property({ type: new EncryptedType('guardian_consent.guardian_phone') })
  guardianPhone!: string;

  @Property({ type: 'string', length: 32 })
  consentVersion!: string;

  @Property({ type: 'text' })
  consentText!: string;

  @Property({ type: DateTimeType })
  consentedAt!: Date;

  /** Issue 23: the guardian took the consent back; what it covered stops (R-CONSENT-1 refuses again). */
  @Property({ type: DateTimeType, nullable: true })
  withdrawnAt: Date | null = null;
}
