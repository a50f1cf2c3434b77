import { DateTimeType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One look at or change of a person's data by someone. Append-only: the migrations add a trigger
 * that refuses UPDATE and DELETE on both dialects.
 */
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['subjectAccountId', 'at'] })
export class AuditEntry {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: DateTimeType, index: true })
  at!: Date;

  @Property({ type: 'string', length: 36, nullable: true, index: true })
  actorAccountId!: string | null;

  /** The role the action was allowed as (`self` for one's own data). */
  @Property({ type: 'string', length: 32, nullable: true })
  actorRole!: string | null;

  @Property({ type: 'string', length: 64, index: true })
  action!: string;

  @Property({ type: 'string', length: 32 })
  subjectType!: string;

  @Property({ type: 'string', length: 64, nullable: true })
  subjectId!: string | null;

  /** Whose personal data it was, so a person can see who looked at their record. */
  @Property({ type: 'string', length: 36, nullable: true })
  subjectAccountId!: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  ip!: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  requestId!: string | null;

  @Property({ type: 'string', length: 500, nullable: true })
  reason!: string | null;
}
