import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The table rate-limiter-flexible keeps its counters in (its own column names), declared here so the
 * migrations create it: login and code limits then hold across every API instance.
 */
@Entity({ tableName: 'rate_limit' })
export class RateLimitBucket {
  @PrimaryKey({ type: 'string', length: 255, fieldName: 'key' })
  key!: string;

  @Property({ type: 'integer', default: 0 })
  points!: number;

  @Property({ type: 'bigint', nullable: true })
  expire!: string | null;
}
