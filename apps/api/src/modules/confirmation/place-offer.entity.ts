import { DateTimeType, Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import type { Application } from '../applications/index.js';
import type { Cycle } from '../cycles/index.js';

/**
 * R-SEL-4: one place that became free (a decline) or that the office offered by hand, and what came
 * of it: the waiting-list applicant who got it, or why nobody did (the ratio, an empty list).
 */
@Entity({ tableName: 'place_offer' })
export class PlaceOffer {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'Cycle', ref: true, deleteRule: 'cascade' })
  cycle!: Ref<Cycle>;

  @Property({ type: 'string', length: 32, index: true })
  disciplineCode!: string;

  /** The declined application whose place this was; null for the office's manual offer. */
  @ManyToOne({ entity: 'Application', ref: true, nullable: true })
  vacatedBy: Ref<Application> | null = null;

  /** Who was offered the place; null when nobody was. */
  @ManyToOne({ entity: 'Application', ref: true, nullable: true })
  offeredTo: Ref<Application> | null = null;

  /** Why nobody was offered the place: the R-SEL-4 violation or an empty waiting list. */
  @Property({ type: 'text', nullable: true })
  unfilledReason: string | null = null;

  /** R-SEL-5: the last day the one offered may confirm. */
  @Property({ type: 'date', nullable: true })
  replyBy: string | null = null;

  @Property({ type: DateTimeType })
  createdAt!: Date;
}
