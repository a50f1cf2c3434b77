import { Collection, DateTimeType, Entity, ManyToOne, OneToMany, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import type { Cycle } from '../cycles/index.js';
import type { InterviewAssignment } from './interview-assignment.entity.js';
import type { PanelMember } from './panel-member.entity.js';

/** An interview slot (面试场次) of one discipline: when, where or on which link, its panel and its interviewees (R-SEL-5). */
@Entity({ tableName: 'interview_slot' })
export class InterviewSlot {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'Cycle', ref: true })
  cycle!: Ref<Cycle>;

  @Property({ type: 'string', length: 32, index: true })
  disciplineCode!: string;

  @Property({ type: DateTimeType })
  startsAt!: Date;

  @Property({ type: DateTimeType })
  endsAt!: Date;

  @Property({ type: 'string', length: 200, nullable: true })
  place: string | null = null;

  @Property({ type: 'string', length: 500, nullable: true })
  onlineLink: string | null = null;

  /** How many applicants the slot takes. */
  @Property({ type: 'integer' })
  capacity!: number;

  @OneToMany({ entity: 'PanelMember', mappedBy: 'slot', orphanRemoval: true })
  members = new Collection<PanelMember>(this);

  @OneToMany({ entity: 'InterviewAssignment', mappedBy: 'slot' })
  assignments = new Collection<InterviewAssignment>(this);

  @Property({ type: DateTimeType })
  createdAt!: Date;

  @Property({ type: DateTimeType })
  updatedAt!: Date;

  /** Counts changes of the panel and the interviewees, which live in other tables, so that they move the version too. */
  @Property({ type: 'integer', default: 0 })
  arrangementChanges: Opt<number> = 0;

  /** Optimistic lock: two staff arranging the same slot, the second gets CONFLICT. */
  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;
}
