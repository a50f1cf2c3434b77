import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { DateTimeISOResolver } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { emailAddress, mainlandMobile } from '@yingcai/domain';
import type { Context } from '../../graphql/context.js';
import { checkPage, PageInput } from '../../graphql/page.js';
import { Account, maskContact } from '../accounts/index.js';
import { auditRead } from '../audit/index.js';
import { openSealed } from './notifier.js';
import { OutboxMessage, recipientKey } from './outbox-message.entity.js';

@ObjectType('OutboxMessage', { simpleResolvers: true, description: 'A code or notice as it was sent' })
export class OutboxMessageType {
  @Field(() => Int)
  id!: number;

  @Field(() => String)
  channel!: string;

  @Field(() => String)
  recipient!: string;

  @Field(() => String)
  subject!: string;

  @Field(() => String)
  body!: string;

  @Field(() => String)
  driver!: string;

  @Field(() => String, { description: 'kept (the outbox is its delivery), pending, sent or failed (issue 11)' })
  status!: string;

  @Field(() => Int, { description: 'Sending attempts so far' })
  attempts!: number;

  @Field(() => String, { nullable: true, description: "Issue 23: the last failure's code (a provider's, SMS_TEMPLATE_UNMAPPED, ESOCKET…)" })
  lastError!: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  sentAt!: Date | null;

  @Field(() => DateTimeISOResolver)
  createdAt!: Date;
}

@ObjectType('OutboxPage', { simpleResolvers: true })
export class OutboxPageType {
  @Field(() => [OutboxMessageType])
  rows!: OutboxMessageType[];

  @Field(() => Int)
  total!: number;
}

/** Whole values only (issue 23): a part of a phone number finds nothing, so masks cannot be rebuilt by searching. */
function recipientWhere(search: string | null): FilterQuery<OutboxMessage> {
  if (!search?.trim()) return {};
  return { recipientHash: recipientKey(emailAddress(search) ?? mainlandMobile(search) ?? search.trim()) };
}

const maskRecipient = (row: OutboxMessage): string => maskContact({ kind: row.channel === 'email' ? 'email' : 'phone', value: row.recipient });

/** Issue 23: each read is recorded, with the account holders it showed (found by the same keyed hash), so `myRecordViews` tells them. */
async function recordRead(em: EntityManager, ctx: Context, rows: readonly OutboxMessage[], as: string): Promise<void> {
  const hashes = [...new Set(rows.map((row) => row.recipientHash).filter((hash): hash is string => hash !== null))];
  const holders = hashes.length ? await em.find(Account, { $or: [{ emailHash: { $in: hashes } }, { phoneHash: { $in: hashes } }] }, { fields: ['id'] }) : [];
  await auditRead(em, ctx, { action: 'outbox.list', subjectType: 'outbox_message', as, accountIds: holders.map((a) => a.id) });
}

@Resolver()
export class OutboxResolver {
  @Authorized('outbox.read')
  @Query(() => OutboxPageType, { description: 'Codes and notices sent, newest first; recipients masked, searched by whole value' })
  async outbox(
    @Ctx() ctx: Context,
    @Arg('recipient', () => String, { nullable: true }) recipient: string | null,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null,
  ): Promise<OutboxPageType> {
    const { limit, offset } = checkPage(page);
    // The administrator of a deployment without a gateway (the demo) reads the codes the outbox keeps in place of sending them.
    const whole = ctx.actor?.grants.some((grant) => grant.role === 'admin') ?? false;
    const [rows, total] = await ctx.em.findAndCount(OutboxMessage, recipientWhere(recipient), { orderBy: { id: 'desc' }, limit, offset, populate: whole ? ['sealed'] : [] });
    await recordRead(ctx.em, ctx, rows, whole ? 'admin' : 'office_staff');
    return {
      rows: rows.map((row) => ({ ...row, recipient: maskRecipient(row), body: whole && row.status === 'kept' ? openSealed(row).body : row.body })),
      total,
    };
  }
}
