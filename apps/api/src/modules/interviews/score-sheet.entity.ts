import { DateTimeType, Entity, ManyToOne, PrimaryKey, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import type { Account } from '../accounts/index.js';
import type { InterviewAssignment } from './interview-assignment.entity.js';

/**
 * One panel member's word on one interviewee (R-SEL-5): points per criterion of the rubric with a
 * comment, or a declared conflict of interest with its reason (then no points, and not counted).
 */
@Entity({ tableName: 'interview_score_sheet' })
@Unique({ properties: ['assignment', 'member'] })
export class ScoreSheet {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'InterviewAssignment', ref: true })
  assignment!: Ref<InterviewAssignment>;

  @ManyToOne({ entity: 'Account', ref: true, index: true })
  member!: Ref<Account>;

  /** Points by criterion code; null with a conflict. */
  @Property({ type: 'json', nullable: true })
  points: Record<string, number> | null = null;

  /** The sum of the points: the member's score of the interview. */
  @Property({ type: 'integer', nullable: true })
  total: number | null = null;

  @Property({ type: 'text', nullable: true })
  comment: string | null = null;

  @Property({ type: 'boolean' })
  conflict: Opt<boolean> = false;

  @Property({ type: 'text', nullable: true })
  conflictReason: string | null = null;

  @Property({ type: DateTimeType })
  submittedAt!: Date;
}
