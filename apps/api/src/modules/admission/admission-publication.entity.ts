import { DateTimeType, Entity, OneToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import type { Cycle } from '../cycles/index.js';

/** The admitted list of a cycle, published once (R-SEL-4, R-SEL-6 held): when, by whom, and the public notice (公示) period. */
@Entity({ tableName: 'admission_publication' })
export class AdmissionPublication {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @OneToOne({ entity: 'Cycle', ref: true, owner: true, unique: true })
  cycle!: Ref<Cycle>;

  @Property({ type: DateTimeType })
  publishedAt!: Date;

  @Property({ type: 'string', length: 36 })
  publishedBy!: string;

  /** The public notice shows the admitted until then (publishedAt + the cycle's publicNoticeDays). */
  @Property({ type: DateTimeType })
  noticeEndsAt!: Date;
}
