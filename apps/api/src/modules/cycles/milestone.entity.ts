import { Entity, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import type { Cycle } from './cycle.entity.js';

/** One step of a cycle's schedule; its window is inclusive Shanghai calendar dates. */
@Entity({ tableName: 'milestone' })
@Unique({ properties: ['cycle', 'key'] })
export class Milestone {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'Cycle', ref: true, deleteRule: 'cascade' })
  cycle!: Ref<Cycle>;

  @Property({ type: 'string', length: 64 })
  key!: string;

  @Property({ type: 'string', length: 100 })
  name!: string;

  /** `YYYY-MM-DD` */
  @Property({ type: 'date' })
  startsOn!: string;

  /** `YYYY-MM-DD` */
  @Property({ type: 'date' })
  endsOn!: string;

  @Property({ type: 'integer' })
  position!: number;
}
