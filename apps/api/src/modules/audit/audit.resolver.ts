import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { DateTimeISOResolver } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { checkPage, PageInput } from '../../graphql/page.js';
import { Account } from '../accounts/index.js';
import { AuditEntry } from './audit-entry.entity.js';
import { AuditReadSubject } from './audit-read-subject.entity.js';

@ObjectType('AuditEntry', { simpleResolvers: true, description: 'Who read or changed whose data, when, from where and why' })
export class AuditEntryType {
  @Field(() => Int)
  id!: number;

  @Field(() => DateTimeISOResolver)
  at!: Date;

  @Field(() => String, { nullable: true })
  actorName!: string | null;

  @Field(() => String, { nullable: true })
  actorRole!: string | null;

  @Field(() => String)
  action!: string;

  @Field(() => String)
  subjectType!: string;

  @Field(() => String, { nullable: true })
  subjectId!: string | null;

  @Field(() => String, { nullable: true })
  subjectName!: string | null;

  @Field(() => String, { nullable: true })
  ip!: string | null;

  @Field(() => String, { nullable: true })
  requestId!: string | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;
}

@ObjectType('AuditPage', { simpleResolvers: true })
export class AuditPageType {
  @Field(() => [AuditEntryType])
  rows!: AuditEntryType[];

  @Field(() => Int)
  total!: number;
}

@ObjectType('RecordView', { simpleResolvers: true, description: 'Someone else who read or changed my record' })
export class RecordViewType {
  @Field(() => DateTimeISOResolver)
  at!: Date;

  @Field(() => String, { nullable: true })
  viewerName!: string | null;

  @Field(() => String, { nullable: true })
  viewerRole!: string | null;

  @Field(() => String)
  action!: string;

  @Field(() => String, { nullable: true })
  reason!: string | null;
}

@InputType()
export class AuditFilterInput {
  @Field(() => String, { nullable: true, description: 'An action, e.g. account.reveal_contact' })
  action?: string | null;

  @Field(() => String, { nullable: true, description: 'The account that acted' })
  actorAccountId?: string | null;

  @Field(() => String, { nullable: true, description: 'The account whose data it was' })
  subjectAccountId?: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  from?: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  to?: Date | null;
}

async function namesOf(em: EntityManager, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  const accounts = await em.find(Account, { id: { $in: wanted } }, { fields: ['id', 'displayName'] });
  return new Map(accounts.map((a) => [a.id, a.displayName]));
}

@Resolver()
export class AuditResolver {
  @Authorized('audit.read')
  @Query(() => AuditPageType, { description: 'The audit log, newest first' })
  async auditLog(
    @Ctx() { em }: Context,
    @Arg('filter', () => AuditFilterInput, { nullable: true }) filter: AuditFilterInput | null,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null,
  ): Promise<AuditPageType> {
    const { limit, offset } = checkPage(page);
    const where: FilterQuery<AuditEntry> = {};
    if (filter?.action) where.action = filter.action;
    if (filter?.actorAccountId) where.actorAccountId = filter.actorAccountId;
    if (filter?.subjectAccountId) where.subjectAccountId = filter.subjectAccountId;
    if (filter?.from || filter?.to) where.at = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lte: filter.to } : {}) };
    const [entries, total] = await em.findAndCount(AuditEntry, where, { orderBy: { id: 'desc' }, limit, offset });
    const names = await namesOf(em, entries.flatMap((e) => [e.actorAccountId, e.subjectAccountId]));
    const rows = entries.map((e) => ({
      ...e,
      actorName: e.actorAccountId ? (names.get(e.actorAccountId) ?? null) : null,
      subjectName: e.subjectAccountId ? (names.get(e.subjectAccountId) ?? null) : null,
    }));
    return { rows, total };
  }

  @Authorized()
  @Query(() => [RecordViewType], { description: 'Who else read or changed my record, newest first (the last 100)' })
  async myRecordViews(@Ctx() { em, actor }: Context): Promise<RecordViewType[]> {
    const me = actor!.accountId;
    // Issue 23: staff reads of a list or an export name each person they showed beside the one row of the request.
    const shownIn = await em.find(AuditReadSubject, { subjectAccountId: me }, { orderBy: { entry: 'desc' }, limit: 100 });
    const entries = await em.find(
      AuditEntry,
      {
        $or: [{ subjectAccountId: me }, { id: { $in: shownIn.map((row) => row.entry.id) } }],
        // A person's own steps (registering, verifying, resetting) are not "someone else looking".
        actorRole: { $ne: 'self' },
        $and: [{ $or: [{ actorAccountId: { $ne: me } }, { actorAccountId: null }] }],
      },
      { orderBy: { id: 'desc' }, limit: 100 },
    );
    const names = await namesOf(em, entries.map((e) => e.actorAccountId));
    return entries.map((e) => ({
      at: e.at,
      viewerName: e.actorAccountId ? (names.get(e.actorAccountId) ?? null) : null,
      viewerRole: e.actorRole,
      action: e.action,
      reason: e.reason,
    }));
  }
}
