import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { selectionFunnel } from './funnel.service.js';
import { SelectionFunnelType } from './funnel.type.js';

@Resolver()
export class FunnelResolver {
  @Authorized()
  @Query(() => SelectionFunnelType, { description: 'The selection funnel per discipline, applied → admitted, with the ratio of each stage to the one before' })
  selectionFunnel(@Ctx() ctx: Context, @Arg('year', () => Int) year: number): Promise<SelectionFunnelType> {
    return selectionFunnel(ctx, year);
  }
}
