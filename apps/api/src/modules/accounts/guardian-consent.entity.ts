import { DateTimeType, Entity, OneToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import type { Account } from './account.entity.js';

/** A guardian's consent for an applicant under 18 (R-CONSENT-1): the exact text and version agreed, and when. */
@Entity({ tableName: 'guardian_consent' })
export class GuardianConsent {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @OneToOne({ entity: 'Account', ref: true, owner: true, deleteRule: 'cascade', unique: true })
  account!: Ref<Account>;

  /** The applicant's date of birth, `YYYY-MM-DD`: it decides whether consent is needed. */
  @Property({ type: 'date' })
  dateOfBirth!: string;

  @Property({ type: 'string', length: 100 })
  guardianName!: string;

  @Property({ type: 'string', length: 20 })
  guardianPhone!: string;

  @Property({ type: 'string', length: 32 })
  consentVersion!: string;

  @Property({ type: 'text' })
  consentText!: string;

  @Property({ type: DateTimeType })
  consentedAt!: Date;
}
