import type { FilterQuery } from '@mikro-orm/core';
import { DateTimeISOResolver } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { maskSecrets } from '@yingcai/domain/privacy';
import type { Context } from '../../graphql/context.js';
import { checkPage, PageInput } from '../../graphql/page.js';
import { OutboxMessage } from './outbox-message.entity.js';

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

@Resolver()
export class OutboxResolver {
  @Authorized('outbox.read')
  @Query(() => OutboxPageType, { description: 'Codes and notices sent, newest first' })
  async outbox(
    @Ctx() { em, actor }: Context,
    @Arg('recipient', () => String, { nullable: true }) recipient: string | null,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null,
  ): Promise<OutboxPageType> {
    const { limit, offset } = checkPage(page);
    const where: FilterQuery<OutboxMessage> = recipient?.trim() ? { recipient: { $like: `%${recipient.trim().toLowerCase()}%` } } : {};
    const [rows, total] = await em.findAndCount(OutboxMessage, where, { orderBy: { id: 'desc' }, limit, offset });
    // Issue 11: the office reads notices, not the codes and links in them; the administrator still reads them whole.
    const whole = actor?.grants.some((grant) => grant.role === 'admin') ?? false;
    return { rows: whole ? rows : rows.map((row) => ({ ...row, body: maskSecrets(row.body) })), total };
  }
}
