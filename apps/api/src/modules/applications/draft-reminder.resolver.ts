import { Arg, Authorized, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { remindUnfinishedDrafts } from './draft-reminder.service.js';

@Resolver()
export class DraftReminderResolver {
  @Authorized()
  @Mutation(() => Int, { description: 'R-APP-4: reminds every applicant with an unsubmitted draft while registration is open; how many were reminded' })
  remindUnfinishedDrafts(@Ctx() ctx: Context, @Arg('year', () => Int) year: number): Promise<number> {
    return remindUnfinishedDrafts(ctx, year);
  }
}
