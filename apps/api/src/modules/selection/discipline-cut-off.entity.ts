import { DateTimeType, DecimalType, Entity, ManyToOne, PrimaryKey, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import type { Cycle } from '../cycles/index.js';

/**
 * One discipline's selection plan in a cycle (R-SEL-3, R-SEL-4): the planned admissions (计划录取人数)
 * and the cut-off (分数线) the office set. Once published, the invited list is out and both are fixed.
 */
@Entity({ tableName: 'discipline_cut_off' })
@Unique({ properties: ['cycle', 'disciplineCode'] })
export class DisciplineCutOff {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'Cycle', ref: true })
  cycle!: Ref<Cycle>;

  @Property({ type: 'string', length: 32 })
  disciplineCode!: string;

  @Property({ type: 'integer' })
  plannedAdmissions!: number;

  /** Invite scores at or above it; null only when nothing is planned (nobody is invited). */
  @Property({ type: new DecimalType('number'), precision: 5, scale: 2, nullable: true })
  cutOff: number | null = null;

  @Property({ type: DateTimeType })
  updatedAt!: Date;

  @Property({ type: 'string', length: 36, nullable: true })
  updatedBy: string | null = null;

  /** When the invited list went out; from then on the plan and the cut-off are fixed. */
  @Property({ type: DateTimeType, nullable: true })
  publishedAt: Date | null = null;

  @Property({ type: 'integer', nullable: true })
  invitedCount: number | null = null;

  /** Optimistic lock: two staff setting the same discipline's cut-off, the second gets CONFLICT. */
  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;
}
