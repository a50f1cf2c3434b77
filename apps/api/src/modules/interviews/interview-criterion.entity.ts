import { Entity, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import type { Cycle } from '../cycles/index.js';

/** One criterion of a cycle's interview rubric (评分标准), e.g. 科研潜质 out of 40: data of the cycle (R-SEL-5). */
@Entity({ tableName: 'interview_criterion' })
@Unique({ properties: ['cycle', 'code'] })
export class InterviewCriterion {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'Cycle', ref: true, deleteRule: 'cascade' })
  cycle!: Ref<Cycle>;

  @Property({ type: 'string', length: 32 })
  code!: string;

  @Property({ type: 'string', length: 50 })
  name!: string;

  @Property({ type: 'integer' })
  maxPoints!: number;

  @Property({ type: 'integer' })
  position!: number;
}
