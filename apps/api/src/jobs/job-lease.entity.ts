import { DateTimeType, Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/** A timed job's turn (scheduler.ts): whichever API instance moves `dueAt` on first runs the job this time. */
@Entity({ tableName: 'job_lease' })
export class JobLease {
  @PrimaryKey({ type: 'string', length: 64 })
  name!: string;

  /** When the job is next due; while it runs, the end of this run's turn. */
  @Property({ type: DateTimeType })
  dueAt!: Date;

  @Property({ type: DateTimeType, nullable: true })
  lastRunAt: Date | null = null;

  /** The instance that took the last turn (host and process id), for the operator. */
  @Property({ type: 'string', length: 128, nullable: true })
  holder: string | null = null;

  /** Turns taken. */
  @Property({ type: 'integer' })
  runs: Opt<number> = 0;
}
