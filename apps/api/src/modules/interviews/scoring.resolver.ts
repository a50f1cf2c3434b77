import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { PageInput } from '../../graphql/page.js';
import { toMyInterview } from './interviewee-views.js';
import { ScoreSheetInput } from './interview.input.js';
import { InterviewCriterionType, MyInterviewPageType, MyInterviewType } from './interview.type.js';
import { declareConflict, interviewRubric, listMyInterviews, rubricOf, submitScoreSheet } from './scoring.service.js';

/** R-SEL-5: a panel member's interviewees, score sheets and conflict declarations. */
@Resolver()
export class InterviewScoringResolver {
  @Authorized()
  @Query(() => [InterviewCriterionType], { description: 'R-SEL-5: the cycle’s interview rubric, in order' })
  interviewRubric(@Ctx() ctx: Context, @Arg('year', () => Int) year: number): Promise<InterviewCriterionType[]> {
    return interviewRubric(ctx, year);
  }

  @Authorized()
  @Query(() => MyInterviewPageType, { description: 'R-SEL-5: the interviewees of the panels the signed-in account sits on, with its own sheets' })
  async myInterviews(@Ctx() ctx: Context, @Arg('year', () => Int) year: number, @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null): Promise<MyInterviewPageType> {
    const { rows, total, sheets, rubric } = await listMyInterviews(ctx, year, page);
    return { rows: rows.map((row) => toMyInterview(row, sheets.find((sheet) => sheet.assignment.id === row.id) ?? null, rubric)), total };
  }

  @Authorized()
  @Mutation(() => MyInterviewType, { description: 'R-SEL-5: the member’s score sheet for an interviewee of their panel; each criterion 0..max, else BAD_USER_INPUT naming it' })
  async submitScoreSheet(@Ctx() ctx: Context, @Arg('assignmentId', () => ID) assignmentId: string, @Arg('input', () => ScoreSheetInput) input: ScoreSheetInput): Promise<MyInterviewType> {
    const { assignment, sheet } = await submitScoreSheet(ctx, assignmentId, input);
    return toMyInterview(assignment, sheet, await rubricOf(ctx.em, assignment.slot.getEntity().cycle.id));
  }

  @Authorized()
  @Mutation(() => MyInterviewType, { description: 'R-SEL-5: the member declares a conflict of interest with an interviewee, with a reason; they are then not asked to score them' })
  async declareConflictOfInterest(@Ctx() ctx: Context, @Arg('assignmentId', () => ID) assignmentId: string, @Arg('reason', () => String) reason: string): Promise<MyInterviewType> {
    const { assignment, sheet } = await declareConflict(ctx, assignmentId, reason);
    return toMyInterview(assignment, sheet, await rubricOf(ctx.em, assignment.slot.getEntity().cycle.id));
  }
}
