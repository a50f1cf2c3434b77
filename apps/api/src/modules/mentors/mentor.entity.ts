import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import type { University } from '../cycles/university.entity.js';

/** A mentor record (导师). The mentors issue adds recommendation, approval and the pool. */
@Entity({ tableName: 'mentor' })
export class Mentor {
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @Property({ type: 'string', length: 100 })
  name!: string;

  @ManyToOne({ entity: 'University', ref: true })
  university!: Ref<University>;

  @Property({ type: 'string', length: 32 })
  disciplineCode!: string;

  /** Demo data seeded for development, never in production. */
  @Property({ type: 'boolean' })
  isDemo: Opt<boolean> = false;
}
