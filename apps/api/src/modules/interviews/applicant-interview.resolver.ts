import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ApplicationType } from '../applications/index.js';
import { InterviewAssignment } from './interview-assignment.entity.js';
import { ApplicantInterviewType } from './interview.type.js';
import { toSlotTime } from './sheet-views.js';

/** R-SEL-5: the applicant sees their interview slot (time, place or link) on their own application. */
@Resolver(() => ApplicationType)
export class ApplicantInterviewResolver {
  @FieldResolver(() => ApplicantInterviewType, { nullable: true, description: 'R-SEL-5: the interview slot given to the applicant; null until one is' })
  async interview(@Root() application: ApplicationType, @Ctx() ctx: Context): Promise<ApplicantInterviewType | null> {
    const assignment = await ctx.em.findOne(InterviewAssignment, { application: Number(application.id) }, { populate: ['slot'] });
    return assignment && toSlotTime(assignment.slot.getEntity());
  }
}
