import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { PageInput } from '../../graphql/page.js';
import { StaffApplicationPageType, staffViews } from '../applications/index.js';
import { listAssessmentScores } from './assessment-scores.service.js';
import { CutOffBoardType, CutOffInput } from './cut-off.type.js';
import { cutOffBoard, setCutOff } from './cut-off.service.js';
import { publishInvitations } from './publish.service.js';

@Resolver()
export class SelectionResolver {
  @Authorized()
  @Query(() => StaffApplicationPageType, { description: 'R-SEL-2: applications with an imported assessment score (测评成绩), by discipline, highest first' })
  async assessmentScores(
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
    @Arg('disciplineCode', () => String, { nullable: true }) disciplineCode: string | null,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null,
  ): Promise<StaffApplicationPageType> {
    const { rows, total } = await listAssessmentScores(ctx, year, disciplineCode, page);
    return { rows: await staffViews(ctx.em, rows), total };
  }

  @Authorized()
  @Query(() => CutOffBoardType, { description: 'R-SEL-3, R-SEL-4: the cut-offs (分数线) of a cycle per discipline, with proposals' })
  cutOffBoard(@Ctx() ctx: Context, @Arg('year', () => Int) year: number): Promise<CutOffBoardType> {
    return cutOffBoard(ctx, year);
  }

  @Authorized()
  @Mutation(() => CutOffBoardType, { description: 'R-SEL-3: set a discipline’s planned admissions and cut-off; R-SEL-4 refuses one inviting too few; a stale version is CONFLICT' })
  setCutOff(@Ctx() ctx: Context, @Arg('year', () => Int) year: number, @Arg('input', () => CutOffInput) input: CutOffInput): Promise<CutOffBoardType> {
    return setCutOff(ctx, year, input);
  }

  @Authorized()
  @Mutation(() => CutOffBoardType, { description: 'R-SEL-3: invite the assessed at or above the discipline’s cut-off and tell them; the cut-off is then fixed' })
  publishInvitations(
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
    @Arg('disciplineCode', () => String) disciplineCode: string,
    @Arg('version', () => Int) version: number,
  ): Promise<CutOffBoardType> {
    return publishInvitations(ctx, year, disciplineCode, version);
  }
}
