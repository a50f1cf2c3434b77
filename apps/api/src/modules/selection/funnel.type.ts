import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType('FunnelStep', { description: 'One stage of the selection funnel: applications that passed it' })
export class FunnelStepType {
  @Field(() => String, { description: 'applied, recommended, conformant, assessed, invited, interviewed or admitted' })
  stage!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => Float, { nullable: true, description: 'count over the stage before; null for the first stage or after an empty one' })
  ratioToPrevious!: number | null;
}

@ObjectType('DisciplineFunnel')
export class DisciplineFunnelType {
  @Field(() => String)
  disciplineCode!: string;

  @Field(() => String)
  disciplineName!: string;

  @Field(() => [FunnelStepType])
  steps!: FunnelStepType[];
}

@ObjectType('SelectionFunnel', { description: 'The selection dashboard (遴选看板): the funnel per discipline and overall' })
export class SelectionFunnelType {
  @Field(() => [DisciplineFunnelType], { description: "in the cycle's order of disciplines" })
  disciplines!: DisciplineFunnelType[];

  @Field(() => [FunnelStepType])
  overall!: FunnelStepType[];

  @Field(() => Int, { description: 'drafts not yet submitted: who a reminder would reach' })
  unfinishedDrafts!: number;
}
