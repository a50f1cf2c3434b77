import { DateTimeType, Entity, ManyToOne, PrimaryKey, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import type { MentorStatus, MentorTeamMember } from '@yingcai/domain/mentors';
import type { Cycle } from '../cycles/index.js';
import type { Mentor } from './mentor.entity.js';

/**
 * A mentor's place in one cycle (本届导师): recommended by the university, confirmed by the mentor,
 * approved by the university then the office (R-MENTOR-2), or taken from the pool (R-MENTOR-3).
 */
@Entity({ tableName: 'mentor_appointment' })
@Unique({ properties: ['cycle', 'mentor'] })
export class MentorAppointment {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'Cycle', ref: true })
  cycle!: Ref<Cycle>;

  @ManyToOne({ entity: 'Mentor', ref: true, index: true })
  mentor!: Ref<Mentor>;

  @Property({ type: 'string', length: 24, index: true })
  status: Opt<MentorStatus> = 'recommended';

  /** How many students the mentor will take this cycle. */
  @Property({ type: 'integer' })
  capacity!: number;

  /** The training team (R-MENTOR-4). */
  @Property({ type: 'json' })
  team: Opt<MentorTeamMember[]> = [];

  @Property({ type: DateTimeType })
  recommendedAt!: Date;

  @Property({ type: 'string', length: 36, nullable: true })
  recommendedBy: string | null = null;

  @Property({ type: DateTimeType, nullable: true })
  confirmedAt: Date | null = null;

  @Property({ type: DateTimeType, nullable: true })
  universityApprovedAt: Date | null = null;

  @Property({ type: DateTimeType, nullable: true })
  approvedAt: Date | null = null;

  @Property({ type: 'string', length: 36, nullable: true })
  decidedBy: string | null = null;

  @Property({ type: 'string', length: 500, nullable: true })
  rejectionReason: string | null = null;

  /** The year of the cycle this appointment was carried over from (R-MENTOR-3); null when recommended. */
  @Property({ type: 'integer', nullable: true })
  carriedOverFrom: number | null = null;

  /** Number of the appointment letter (导师聘书), given on approval of a new mentor. */
  @Property({ type: 'string', length: 32, nullable: true, unique: true })
  letterNumber: string | null = null;

  /** Optimistic lock: two staff deciding at once, the second gets CONFLICT. */
  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;
}
