import { Entity, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import type { Cycle } from './cycle.entity.js';

/** A district of the cycle's eligible area (R-SCOPE-3): its schools may take part. */
@Entity({ tableName: 'district' })
@Unique({ properties: ['cycle', 'code'] })
export class District {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'Cycle', ref: true, deleteRule: 'cascade' })
  cycle!: Ref<Cycle>;

  /** The administrative division code, e.g. 140105 for 小店区. */
  @Property({ type: 'string', length: 12 })
  code!: string;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Property({ type: 'integer' })
  position!: number;
}
