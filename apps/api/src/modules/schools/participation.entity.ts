import { DateTimeType, Entity, ManyToOne, PrimaryKey, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import type { GuidanceTeam, ParticipationStatus } from '@yingcai/domain/schools';
import type { Cycle } from '../cycles/index.js';
import type { School } from './school.entity.js';

/** A school's application to take part in a cycle, with its guidance team (R-SCOPE-3, R-ORG-2). */
@Entity({ tableName: 'participation' })
@Unique({ properties: ['cycle', 'school'] })
export class Participation {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'Cycle', ref: true })
  cycle!: Ref<Cycle>;

  @ManyToOne({ entity: 'School', ref: true, index: true })
  school!: Ref<School>;

  @Property({ type: 'string', length: 16 })
  status: Opt<ParticipationStatus> = 'submitted';

  @Property({ type: 'json' })
  team!: GuidanceTeam;

  @Property({ type: DateTimeType })
  submittedAt!: Date;

  @Property({ type: DateTimeType, nullable: true })
  decidedAt: Date | null = null;

  @Property({ type: 'string', length: 36, nullable: true })
  decidedBy: string | null = null;

  @Property({ type: 'string', length: 500, nullable: true })
  rejectionReason: string | null = null;

  /** Optimistic lock: two staff deciding at once, the second gets CONFLICT. */
  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;
}
