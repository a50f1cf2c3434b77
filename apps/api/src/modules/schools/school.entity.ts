import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import type { SchoolOwnership, SchoolType } from '@yingcai/domain/schools';

/** A senior high school (R-SCOPE-3); it takes part in a cycle through a participation. */
@Entity({ tableName: 'school' })
export class School {
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @Property({ type: 'string', length: 200, unique: true })
  name!: string;

  /** Administrative division code of its district, e.g. 140105. */
  @Property({ type: 'string', length: 12 })
  districtCode!: string;

  /** 公办 public or 民办 private. */
  @Property({ type: 'string', length: 16 })
  ownership: Opt<SchoolOwnership> = 'public';

  /** 学校类型 (domain SCHOOL_TYPES). */
  @Property({ type: 'string', length: 16 })
  schoolType: Opt<SchoolType> = 'senior_high';

  /** Demo data seeded for development, never in production. */
  @Property({ type: 'boolean' })
  isDemo: Opt<boolean> = false;
}
