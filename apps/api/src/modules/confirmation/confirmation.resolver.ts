import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Application, ApplicationType, ownView } from '../applications/index.js';
import { confirmationBoard } from './board.service.js';
import { loadCycle } from '../cycles/index.js';
import { applicantDeadline, isPast } from './confirmation-deadline.js';
import { AdmissionReplyType, ConfirmationBoardType } from './confirmation.type.js';
import { admitFromWaitlist, lapseUnconfirmedAdmissions } from './office.service.js';
import { replyToAdmission } from './reply.service.js';

const REPLY_STATUSES: readonly string[] = ['admitted', 'confirmed', 'declined'];

@Resolver(() => ApplicationType)
export class ConfirmationResolver {
  @FieldResolver(() => AdmissionReplyType, { nullable: true, description: 'R-SEL-5: the confirmation deadline once admitted (or after replying); null before' })
  async admissionReply(@Root() view: ApplicationType, @Ctx() ctx: Context): Promise<AdmissionReplyType | null> {
    if (!REPLY_STATUSES.includes(view.status)) return null;
    const application = await ctx.em.findOneOrFail(Application, { id: Number(view.id) });
    const deadline = await applicantDeadline(ctx.em, await loadCycle(ctx.em, view.year), application);
    return { deadline, open: application.status === 'admitted' && deadline !== null && !isPast(ctx, deadline), declineReason: application.declineReason };
  }

  @Authorized()
  @Mutation(() => ApplicationType, { description: 'R-SEL-5: the admitted applicant confirms their place by the deadline; a stale version is CONFLICT' })
  async confirmAdmission(@Ctx() ctx: Context, @Arg('year', () => Int) year: number, @Arg('version', () => Int) version: number): Promise<ApplicationType> {
    return ownView(ctx, await replyToAdmission(ctx, year, version, true));
  }

  @Authorized()
  @Mutation(() => ApplicationType, { description: 'R-SEL-5: the admitted applicant declines their place; R-SEL-4: it is offered to the waiting list while the ratio holds' })
  async declineAdmission(
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
  ): Promise<ApplicationType> {
    return ownView(ctx, await replyToAdmission(ctx, year, version, false, reason));
  }

  @Authorized()
  @Query(() => ConfirmationBoardType, { description: 'R-SEL-4, R-SEL-5: admissions, replies, waiting lists and offers per discipline (录取确认)' })
  confirmationBoard(@Ctx() ctx: Context, @Arg('year', () => Int) year: number): Promise<ConfirmationBoardType> {
    return confirmationBoard(ctx, year);
  }

  @Authorized()
  @Mutation(() => ConfirmationBoardType, { description: 'R-SEL-4: the office offers a place to a waitlisted applicant; refused when it would break the ratio; a stale version is CONFLICT' })
  async admitFromWaitlist(@Ctx() ctx: Context, @Arg('applicationId', () => ID) applicationId: string, @Arg('version', () => Int) version: number): Promise<ConfirmationBoardType> {
    const application = await admitFromWaitlist(ctx, applicationId, version);
    return confirmationBoard(ctx, application.cycle.getEntity().year);
  }

  @Authorized()
  @Mutation(() => ConfirmationBoardType, { description: 'R-SEL-5: after the deadline, marks unconfirmed admissions declined (audited); each place is offered on (R-SEL-4)' })
  async lapseUnconfirmedAdmissions(@Ctx() ctx: Context, @Arg('year', () => Int) year: number): Promise<ConfirmationBoardType> {
    await lapseUnconfirmedAdmissions(ctx, year);
    return confirmationBoard(ctx, year);
  }
}
