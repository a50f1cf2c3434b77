import { DateTimeType, Entity, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import type { Application } from '../applications/index.js';
import type { Cycle } from '../cycles/index.js';

/** An objection (异议) to an admitted student raised on the public notice (公示), and the office's answer. */
@Entity({ tableName: 'notice_objection' })
export class NoticeObjection {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'Cycle', ref: true })
  cycle!: Ref<Cycle>;

  /** The admitted student objected to. */
  @ManyToOne({ entity: 'Application', ref: true, index: true })
  application!: Ref<Application>;

  @Property({ type: 'string', length: 50 })
  objectorName!: string;

  /** An e-mail address or a mobile number, as given; the answer is sent there. */
  @Property({ type: 'string', length: 100 })
  objectorContact!: string;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: DateTimeType })
  raisedAt!: Date;

  @Property({ type: 'text', nullable: true })
  answer: string | null = null;

  @Property({ type: DateTimeType, nullable: true })
  answeredAt: Date | null = null;

  @Property({ type: 'string', length: 36, nullable: true })
  answeredBy: string | null = null;

  /** Optimistic lock: two staff answering the same objection, the second gets CONFLICT. */
  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;
}
