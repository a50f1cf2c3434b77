import { Entity, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import type { Cycle } from './cycle.entity.js';

/** A discipline of a cycle (R-SCOPE-1), e.g. `physics` 物理学. */
@Entity({ tableName: 'discipline' })
@Unique({ properties: ['cycle', 'code'] })
export class Discipline {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'Cycle', ref: true, deleteRule: 'cascade' })
  cycle!: Ref<Cycle>;

  @Property({ type: 'string', length: 32 })
  code!: string;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Property({ type: 'integer' })
  position!: number;
}
