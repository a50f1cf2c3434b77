import type { CycleContact } from '@yingcai/domain/cycle';
import { Collection, DateTimeType, DecimalType, Entity, ManyToMany, OneToMany, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { Discipline } from './discipline.entity.js';
import { District } from './district.entity.js';
import { Milestone } from './milestone.entity.js';
import { University } from './university.entity.js';

/** A programme cycle (year × province): it holds every setting RULES.md prints in bold. */
@Entity({ tableName: 'cycle' })
@Unique({ properties: ['year', 'province'] })
export class Cycle {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'string', length: 32 })
  province!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;

  // R-APP-2
  @Property({ type: new DecimalType('number'), precision: 5, scale: 2 })
  subjectRankTopPercent!: number;

  // R-APP-2
  @Property({ type: new DecimalType('number'), precision: 5, scale: 2 })
  overallRankTopPercent!: number;

  // R-SEL-4
  @Property({ type: new DecimalType('number'), precision: 5, scale: 2 })
  interviewRatio!: number;

  // R-SEL-6
  @Property({ type: 'integer' })
  minAdmissions!: number;

  // R-SEL-5: the admission ranking's combined score = assessmentWeight × assessment + interviewWeight × interview
  @Property({ type: new DecimalType('number'), precision: 3, scale: 2, default: 0.4 })
  assessmentWeight: Opt<number> = 0.4;

  // R-SEL-5
  @Property({ type: new DecimalType('number'), precision: 3, scale: 2, default: 0.6 })
  interviewWeight: Opt<number> = 0.6;

  /** Days the admitted list stays on the public notice (公示) after publication. */
  @Property({ type: 'integer', default: 5 })
  publicNoticeDays: Opt<number> = 5;

  // R-TRAIN-4
  @Property({ type: 'integer' })
  minTrainingSessions!: number;

  // R-APP-3: how many mentors an applicant may rank
  @Property({ type: 'integer', default: 2 })
  maxMentorChoices: Opt<number> = 2;

  /** 联系我们 on the home page; the office fills it in (周期设置). */
  @Property({ type: 'json', nullable: true })
  contact: CycleContact | null = null;

  /** Opens every application number of the cycle, e.g. SX for SX2026-00001. */
  @Property({ type: 'string', length: 8, default: 'SX' })
  applicationNumberPrefix: Opt<string> = 'SX';

  @OneToMany({ entity: () => Discipline, mappedBy: 'cycle', orderBy: { position: 'asc' } })
  disciplines = new Collection<Discipline>(this);

  @OneToMany({ entity: () => District, mappedBy: 'cycle', orderBy: { position: 'asc' } })
  districts = new Collection<District>(this);

  @OneToMany({ entity: () => Milestone, mappedBy: 'cycle', orderBy: { position: 'asc' } })
  milestones = new Collection<Milestone>(this);

  @ManyToMany({ entity: () => University, pivotTable: 'cycle_university', owner: true })
  universities = new Collection<University>(this);

  @Property({ type: DateTimeType, onCreate: () => new Date() })
  createdAt: Opt<Date> = new Date();

  @Property({ type: DateTimeType, onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
