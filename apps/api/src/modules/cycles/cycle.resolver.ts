import { currentPhase } from '@yingcai/domain/cycle';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { findCycle, listCycles } from './cycle.service.js';
import { CycleChangeInput } from './cycle-settings.input.js';
import { copyCycle, updateCycle } from './cycle-settings.service.js';
import { CycleType, StepWindowType, WindowExtensionType } from './cycle.type.js';
import { stepWindows } from './step-windows.js';
import { extendWindow, listExtensions } from './window-extension.service.js';

@Resolver(() => CycleType)
export class CycleResolver {
  @Query(() => CycleType, {
    description: 'A cycle by year (and province where several run that year); without a year, the newest. Public.',
  })
  cycle(
    @Ctx() { em, caches, provinces }: Context,
    @Arg('year', () => Int, { nullable: true }) year?: number | null,
    @Arg('province', () => String, { nullable: true }) province?: string | null,
  ): Promise<CycleType> {
    return findCycle(em, caches.cycles, { year, province: province ?? (provinces?.length === 1 ? provinces[0] : null) });
  }

  @Query(() => [CycleType], { description: "Every cycle, newest first. Public; staff bound to a province (its office, a school, a university) are shown their own province's." })
  async cycles(@Ctx() { em, caches, provinces }: Context): Promise<CycleType[]> {
    const all = await listCycles(em, caches.cycles);
    return provinces ? all.filter((cycle) => provinces.includes(cycle.province)) : all;
  }

  @FieldResolver(() => String, {
    description: 'The key of the milestone whose window holds today in Asia/Shanghai, or not_started, between, finished',
  })
  currentPhase(@Root() cycle: CycleType, @Ctx() { now }: Context): string {
    return currentPhase(cycle.milestones, now);
  }

  @FieldResolver(() => [StepWindowType], {
    description: "Issue 11: registration (for the signed-in applicant, their own extension included) and the office's steps of selection, each with where its window stands today",
  })
  stepWindows(@Root() cycle: CycleType, @Ctx() ctx: Context): Promise<StepWindowType[]> {
    return stepWindows(ctx, cycle);
  }

  @Authorized('cycle.manage')
  @Mutation(() => CycleType, { description: "Issue 11: a new cycle of the same province from an earlier one, every window moved to the new year (audited)" })
  copyCycle(@Ctx() ctx: Context, @Arg('cycleId', () => ID) cycleId: string, @Arg('year', () => Int) year: number): Promise<CycleType> {
    return copyCycle(ctx, cycleId, year);
  }

  @Authorized('cycle.manage')
  @Mutation(() => CycleType, { description: 'Issue 11: the office edits a cycle; once its first window has begun, only with a reason (audited)' })
  updateCycle(
    @Ctx() ctx: Context,
    @Arg('cycleId', () => ID) cycleId: string,
    @Arg('input', () => CycleChangeInput) input: CycleChangeInput,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
  ): Promise<CycleType> {
    return updateCycle(ctx, { cycleId, name: input.name, settings: { ...input.settings }, windows: input.windows.map((w) => ({ ...w })), contact: input.contact ? { ...input.contact } : null, reason });
  }

  @Authorized('school.manage')
  @Mutation(() => WindowExtensionType, { description: 'The office keeps a window open longer, for everyone, one school or one applicant (audited)' })
  async extendWindow(
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
    @Arg('milestoneKey', () => String) milestoneKey: string,
    @Arg('extendedUntil', () => String) extendedUntil: string,
    @Arg('reason', () => String) reason: string,
    @Arg('schoolId', () => ID, { nullable: true }) schoolId: string | null,
    @Arg('applicantContact', () => String, { nullable: true, description: "registration or admission_confirmation only: the applicant's e-mail or phone" }) applicantContact: string | null,
  ): Promise<WindowExtensionType> {
    return extendWindow(ctx, { year, milestoneKey, extendedUntil, reason, schoolId, applicantContact });
  }

  @Authorized('school.manage')
  @Query(() => [WindowExtensionType], { description: "The office's extensions of a cycle's windows, newest first" })
  windowExtensions(@Ctx() ctx: Context, @Arg('year', () => Int) year: number): Promise<WindowExtensionType[]> {
    return listExtensions(ctx, year);
  }
}
