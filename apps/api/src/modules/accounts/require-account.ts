import type { Context } from '../../graphql/context.js';
import { AppError } from '../../graphql/errors.js';
import { Account } from './account.entity.js';

/** The signed-in account, with its roles. */
export async function requireAccount(ctx: Context): Promise<Account> {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'sign in first');
  const account = await ctx.em.findOne(Account, { id: ctx.actor.accountId }, { populate: ['grants'] });
  if (!account) throw new AppError('UNAUTHENTICATED', 'sign in first');
  return account;
}
