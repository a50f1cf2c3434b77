import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/** A senior high school (R-SCOPE-3). The schools issue adds participation per cycle. */
@Entity({ tableName: 'school' })
export class School {
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @Property({ type: 'string', length: 200, unique: true })
  name!: string;

  /** Administrative division code of its district, e.g. 140105. */
  @Property({ type: 'string', length: 12 })
  districtCode!: string;

  /** Demo data seeded for development, never in production. */
  @Property({ type: 'boolean' })
  isDemo: Opt<boolean> = false;
}
