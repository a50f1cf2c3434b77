import { currentPhase } from '@yingcai/domain/cycle';
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { findCycle, listCycles } from './cycle.service.js';
import { CycleType } from './cycle.type.js';

@Resolver(() => CycleType)
export class CycleResolver {
  @Query(() => CycleType, {
    description: 'A cycle by year (and province where several run that year); without a year, the newest. Public.',
  })
  cycle(
    @Ctx() { em, caches }: Context,
    @Arg('year', () => Int, { nullable: true }) year?: number | null,
    @Arg('province', () => String, { nullable: true }) province?: string | null,
  ): Promise<CycleType> {
    return findCycle(em, caches.cycles, { year, province });
  }

  @Query(() => [CycleType], { description: 'Every cycle, newest first. Public.' })
  cycles(@Ctx() { em, caches }: Context): Promise<CycleType[]> {
    return listCycles(em, caches.cycles);
  }

  @FieldResolver(() => String, {
    description: 'The key of the milestone whose window holds today in Asia/Shanghai, or not_started, between, finished',
  })
  currentPhase(@Root() cycle: CycleType, @Ctx() { now }: Context): string {
    return currentPhase(cycle.milestones, now);
  }
}
