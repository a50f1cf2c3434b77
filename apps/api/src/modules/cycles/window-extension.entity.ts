import { DateTimeType, Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import type { Cycle } from './cycle.entity.js';

/** The office keeps a milestone's window open longer, for everyone, one school or one applicant (audited). */
@Entity({ tableName: 'window_extension' })
@Index({ properties: ['cycle', 'milestoneKey', 'schoolId'] })
export class WindowExtension {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'Cycle', ref: true, deleteRule: 'cascade' })
  cycle!: Ref<Cycle>;

  @Property({ type: 'string', length: 64 })
  milestoneKey!: string;

  /** The one school it is for; null extends the window for everyone (or for the one applicant). */
  @Property({ type: 'string', length: 36, nullable: true })
  schoolId!: string | null;

  /** The one applicant's account it is for (registration only); null for a school or everyone. */
  @Property({ type: 'string', length: 36, nullable: true })
  applicantId: string | null = null;

  /** The new last day, `YYYY-MM-DD` (Asia/Shanghai). */
  @Property({ type: 'date' })
  extendedUntil!: string;

  @Property({ type: 'string', length: 500 })
  reason!: string;

  @Property({ type: 'string', length: 36, nullable: true })
  grantedBy!: string | null;

  @Property({ type: DateTimeType })
  grantedAt!: Date;
}
