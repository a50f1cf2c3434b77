import { DateTimeType, Entity, Index, ManyToOne, OneToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import type { Application } from '../applications/index.js';
import type { Cycle } from '../cycles/index.js';
import type { Mentor } from '../mentors/index.js';

/**
 * A student of a cycle's cohort (学员): made when an admitted applicant confirms the place. The
 * training year, its evaluations and the alumni record hang on this row; the application stays
 * what it was, the record of how the student was selected.
 */
@Entity({ tableName: 'student' })
@Index({ properties: ['cycle', 'disciplineCode'] })
export class Student {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'Cycle', ref: true })
  cycle!: Ref<Cycle>;

  @OneToOne({ entity: 'Application', ref: true, owner: true, unique: true })
  application!: Ref<Application>;

  /** The student's own account, which signs in for the training year. */
  @Property({ type: 'string', length: 36, index: true })
  accountId!: string;

  @Property({ type: 'string', length: 32 })
  disciplineCode!: string;

  /** R-APP-3: assigned by the office, proposed from the student's ranked choices within each mentor's capacity. */
  @ManyToOne({ entity: 'Mentor', ref: true, nullable: true, index: true })
  mentor: Ref<Mentor> | null = null;

  @Property({ type: DateTimeType, nullable: true })
  mentorAssignedAt: Date | null = null;

  @Property({ type: 'string', length: 36, nullable: true })
  mentorAssignedBy: string | null = null;

  @Property({ type: DateTimeType })
  enrolledAt!: Date;

  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;
}
