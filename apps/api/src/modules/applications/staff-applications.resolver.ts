import type { ApplicationStatus } from '@yingcai/domain/applications';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { PageInput } from '../../graphql/page.js';
import { listReviewQueue } from './review-queue.service.js';
import { approveApplications, reviewApplication } from './review.service.js';
import { listSchoolApplications, recommendApplication } from './school-recommendation.service.js';
import {
  ApplicationSortInput, ConformantItemInput, ReviewQueueFilterInput, ReviewQueuePageType, SchoolApplicationFilterInput, StaffApplicationPageType, StaffApplicationType,
} from './staff-application.type.js';
import { staffViews } from './staff-application-views.js';
import { rowOf } from './staff-rows.js';

@Resolver()
export class StaffApplicationsResolver {
  @Authorized()
  @Query(() => StaffApplicationPageType, { description: "R-APP-4: submitted applications; a school coordinator's own school, every school for the office" })
  async schoolApplications(
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
    @Arg('filter', () => SchoolApplicationFilterInput, { nullable: true }) filter: SchoolApplicationFilterInput | null,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null,
    @Arg('sort', () => ApplicationSortInput, { nullable: true }) sort: ApplicationSortInput | null,
  ): Promise<StaffApplicationPageType> {
    const { rows, total } = await listSchoolApplications(ctx, year, filter ?? {}, page, sort);
    return { rows: await staffViews(ctx.em, rows), total };
  }

  @Authorized()
  @Mutation(() => StaffApplicationType, { description: 'R-APP-4: the school recommends a submitted application, or declines it with a note, by the registration deadline' })
  async recommendApplication(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('recommend', () => Boolean) recommend: boolean,
    @Arg('note', () => String, { nullable: true }) note: string | null,
  ): Promise<StaffApplicationType> {
    const application = await recommendApplication(ctx, { id, version, recommend, note });
    return (await staffViews(ctx.em, [rowOf(application)]))[0]!;
  }

  @Authorized()
  @Query(() => ReviewQueuePageType, { description: 'R-SEL-1: the conformity review (资料审核) of school-recommended applications, with flags' })
  async reviewQueue(
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
    @Arg('filter', () => ReviewQueueFilterInput, { nullable: true }) filter: ReviewQueueFilterInput | null,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null,
    @Arg('sort', () => ApplicationSortInput, { nullable: true }) sort: ApplicationSortInput | null,
  ): Promise<ReviewQueuePageType> {
    const { rows, total } = await listReviewQueue(ctx, year, { ...filter, status: filter?.status as ApplicationStatus | null }, page, sort);
    const views = await staffViews(ctx.em, rows.map((row) => row.application));
    return { rows: views.map((view, i) => ({ ...view, flags: rows[i]!.flags })), total };
  }

  @Authorized()
  @Mutation(() => StaffApplicationType, { description: 'R-SEL-1: the office finds an application conformant, or not with a reason the applicant sees; a stale version is CONFLICT' })
  async reviewApplication(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('conformant', () => Boolean) conformant: boolean,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
  ): Promise<StaffApplicationType> {
    const application = await reviewApplication(ctx, { id, version, conformant, reason });
    return (await staffViews(ctx.em, [rowOf(application)]))[0]!;
  }

  @Authorized()
  @Mutation(() => [StaffApplicationType], {
    description: 'R-SEL-1 bulk approval (批量通过): all conformant in one transaction or none; a stale version is CONFLICT naming the application, one not waiting for review RULE_VIOLATION',
  })
  async reviewApplications(
    @Ctx() ctx: Context,
    @Arg('items', () => [ConformantItemInput]) items: ConformantItemInput[],
  ): Promise<StaffApplicationType[]> {
    const applications = await approveApplications(ctx, items);
    return staffViews(ctx.em, applications.map(rowOf));
  }
}
