import { EncryptedType } from '../../crypto/encrypted.type.js';
import { DateTimeType, DecimalType, Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import type { ApplicationStatus, Gender, MentorChoice } from '@yingcai/domain/applications';
import type { AdmissionDecision } from '@yingcai/domain/selection';
import type { Account } from '../accounts/index.js';
import type { Cycle } from '../cycles/index.js';
import type { School } from '../schools/index.js';

/**
 * One student's application in one cycle (申请): a draft the applicant fills in bit by bit, then
 * submitted with an application number. Student data stays nullable so a draft saves as typed.
 */
@Entity({ tableName: 'application' })
@Unique({ properties: ['cycle', 'applicant'] })
// The review queue and the staff lists: one status of a cycle, in application-number order, without a sort of the cycle.
@Index({ properties: ['cycle', 'status', 'applicationNumber'] })
// The funnel counts a cycle's applications by discipline and status from this index alone.
@Index({ properties: ['cycle', 'disciplineCode', 'status'] })
// Issue 11: a school's list — one school's applications of a cycle in application-number order, counted from the index.
@Index({ properties: ['school', 'cycle', 'applicationNumber'] })
// R-APP-5: set only at submission, a keyed hash (issue 22). Not unique (issue 23): a second application with the
// same ID number is taken and flagged for the office, so the submission tells nobody whether a number applied.
@Index({ properties: ['cycle', 'submittedIdHash'] })
export class Application {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'Cycle', ref: true })
  cycle!: Ref<Cycle>;

  @ManyToOne({ entity: 'Account', ref: true, index: true })
  applicant!: Ref<Account>;

  @Property({ type: 'string', length: 24, index: true })
  status: Opt<ApplicationStatus> = 'draft';

  /** 报名号, e.g. SX2026-00001, given at submission. */
  @Property({ type: 'string', length: 32, nullable: true, unique: true })
  applicationNumber: string | null = null;

  @Property({ type: 'string', length: 50, nullable: true })
  name: string | null = null;

  @Property({ type: 'string', length: 8, nullable: true })
  gender: Gender | null = null;

  /** `YYYY-MM-DD`; encrypted (issue 22). */
  @Property({ type: new EncryptedType('application.date_of_birth'), nullable: true })
  dateOfBirth: string | null = null;

  /** The normalised resident ID number (upper-case X) as the draft holds it; encrypted (issue 22). */
  @Property({ type: new EncryptedType('application.id_number'), nullable: true })
  idNumber: string | null = null;

  /** The keyed hash of the ID number as submitted (crypto/lookup-hash.ts): the key of R-APP-5 among submitted applications. */
  @Property({ type: 'string', length: 64, nullable: true })
  submittedIdHash: string | null = null;

  @ManyToOne({ entity: 'School', ref: true, nullable: true })
  school: Ref<School> | null = null;

  /** R-APP-1: the school the applicant named when it is not among the cycle's; a submission is refused by the rule. */
  @Property({ type: 'string', length: 200, nullable: true })
  unlistedSchool: string | null = null;

  @Property({ type: 'integer', nullable: true })
  grade: number | null = null;

  @Property({ type: 'string', length: 50, nullable: true })
  className: string | null = null;

  /** The applicant's mobile number; encrypted (issue 22). */
  @Property({ type: new EncryptedType('application.phone'), nullable: true })
  phone: string | null = null;

  @Property({ type: 'string', length: 32, nullable: true })
  disciplineCode: string | null = null;

  /** R-APP-3: ranked choices, rank 1 first. */
  @Property({ type: 'json', defaultRaw: `'[]'` })
  mentorChoices: Opt<MentorChoice[]> = [];

  @Property({ type: 'integer', nullable: true })
  subjectRank: number | null = null;

  @Property({ type: 'integer', nullable: true })
  overallRank: number | null = null;

  /** Students in the applicant's grade: both ranks are ranks in the grade (R-APP-2). */
  @Property({ type: 'integer', nullable: true })
  gradeSize: number | null = null;

  /** 申请陈述, at most 1000 characters. */
  @Property({ type: 'text', nullable: true })
  statement: string | null = null;

  @Property({ type: DateTimeType })
  createdAt!: Date;

  @Property({ type: DateTimeType })
  updatedAt!: Date;

  @Property({ type: DateTimeType, nullable: true })
  submittedAt: Date | null = null;

  /** The school coordinator's note: why the school declined (required), or a word with the recommendation (R-APP-4). */
  @Property({ type: 'text', nullable: true })
  schoolNote: string | null = null;

  @Property({ type: DateTimeType, nullable: true })
  schoolDecidedAt: Date | null = null;

  /** R-SEL-1: the office's reason for finding the application nonconformant; the applicant sees it. */
  @Property({ type: 'text', nullable: true })
  reviewReason: string | null = null;

  @Property({ type: DateTimeType, nullable: true })
  reviewedAt: Date | null = null;

  /** R-SEL-2: the potential assessment's score, imported from the national platform, never typed in; a re-import replaces it. */
  @Property({ type: new DecimalType('number'), precision: 5, scale: 2, nullable: true })
  assessmentScore: number | null = null;

  /** When the score now held was imported (the audit row of that import has the file's name). */
  @Property({ type: DateTimeType, nullable: true })
  assessedAt: Date | null = null;

  /** R-SEL-5: the office's admission decision before publication; null follows the ranking's proposal. */
  @Property({ type: 'string', length: 16, nullable: true })
  admissionDecision: AdmissionDecision | null = null;

  @Property({ type: DateTimeType, nullable: true })
  admissionDecidedAt: Date | null = null;

  @Property({ type: 'string', length: 36, nullable: true })
  admissionDecidedBy: string | null = null;

  /** R-SEL-4: the place on its discipline's waiting list, 1 first; filled when the admitted list is published, null otherwise. */
  @Property({ type: 'integer', nullable: true })
  waitlistPosition: number | null = null;

  /** R-SEL-5: when the applicant confirmed or declined their place (or the office marked it declined after the deadline). */
  @Property({ type: DateTimeType, nullable: true })
  admissionRepliedAt: Date | null = null;

  /** R-SEL-5: the applicant's reason for declining, if they gave one, or the office's note on a lapsed place. */
  @Property({ type: 'text', nullable: true })
  declineReason: string | null = null;

  /** Optimistic lock: two tabs saving the same draft, the second gets CONFLICT. */
  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;
}
