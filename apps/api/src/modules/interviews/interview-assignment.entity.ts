import { Collection, DateTimeType, DecimalType, Entity, ManyToOne, OneToMany, OneToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import type { Application } from '../applications/index.js';
import type { InterviewSlot } from './interview-slot.entity.js';
import type { ScoreSheet } from './score-sheet.entity.js';

/** An invited applicant's place in one slot (an applicant is in one slot at most), and the interview score once recorded. */
@Entity({ tableName: 'interview_assignment' })
export class InterviewAssignment {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'InterviewSlot', ref: true, index: true })
  slot!: Ref<InterviewSlot>;

  @OneToOne({ entity: 'Application', ref: true, owner: true, unique: true })
  application!: Ref<Application>;

  @Property({ type: DateTimeType })
  assignedAt!: Date;

  @OneToMany({ entity: 'ScoreSheet', mappedBy: 'assignment' })
  sheets = new Collection<ScoreSheet>(this);

  /** R-SEL-5 面试成绩: the mean of the members who scored without a conflict, fixed when the interview is recorded. */
  @Property({ type: new DecimalType('number'), precision: 6, scale: 2, nullable: true })
  score: number | null = null;

  @Property({ type: DateTimeType, nullable: true })
  recordedAt: Date | null = null;

  @Property({ type: 'string', length: 36, nullable: true })
  recordedBy: string | null = null;
}
