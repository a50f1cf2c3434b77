import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType('CutOffProposal', { simpleResolvers: true, description: 'R-SEL-3, R-SEL-4: the highest cut-off inviting at least ⌈ratio × planned⌉ (decision 016)' })
export class CutOffProposalType {
  @Field(() => Float, { nullable: true, description: 'Null when nobody is to be invited (nothing planned or no scores)' })
  cutOff!: number | null;

  @Field(() => Int)
  invited!: number;

  @Field(() => Int, { description: '⌈ratio × planned⌉' })
  required!: number;

  @Field(() => Boolean, { description: 'False when the discipline has too few assessed applicants for its plan' })
  reachable!: boolean;

  @Field(() => Int, { description: 'The most admissions the invited allow under the ratio' })
  maxAdmissions!: number;
}

@ObjectType('SelectionViolation', { simpleResolvers: true, description: 'R-SEL-4 broken in a discipline, or overall when disciplineCode is null' })
export class SelectionViolationType {
  @Field(() => String)
  rule!: string;

  @Field(() => String, { nullable: true })
  disciplineCode!: string | null;

  @Field(() => String)
  message!: string;
}

@ObjectType('DisciplineCutOff', { simpleResolvers: true, description: "One discipline's plan, cut-off and invited count (分数线)" })
export class DisciplineCutOffType {
  @Field(() => String)
  disciplineCode!: string;

  @Field(() => String)
  disciplineName!: string;

  @Field(() => [Float], { description: 'The scores of its assessed applicants, highest first: the console proposes as the office types with the same rules' })
  scores!: number[];

  @Field(() => Int, { nullable: true, description: '计划录取人数; null until the office sets it' })
  plannedAdmissions!: number | null;

  @Field(() => Float, { nullable: true })
  cutOff!: number | null;

  @Field(() => CutOffProposalType, { nullable: true, description: 'For the planned admissions saved; null until a plan is set' })
  proposal!: CutOffProposalType | null;

  @Field(() => Int, { description: 'Invited at the saved cut-off, or as published' })
  invited!: number;

  @Field(() => Float, { nullable: true, description: 'invited / planned; null when nothing is planned' })
  ratioAchieved!: number | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Once published the plan and cut-off are fixed' })
  publishedAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'Send it back with a change; null before the first save' })
  version!: number | null;
}

@ObjectType('CutOffBoard', { simpleResolvers: true, description: 'R-SEL-3, R-SEL-4: every discipline of a cycle and the whole' })
export class CutOffBoardType {
  @Field(() => Int)
  year!: number;

  @Field(() => Float)
  interviewRatio!: number;

  @Field(() => [DisciplineCutOffType])
  disciplines!: DisciplineCutOffType[];

  @Field(() => Int)
  plannedAdmissions!: number;

  @Field(() => Int)
  invited!: number;

  @Field(() => Float, { nullable: true })
  ratioAchieved!: number | null;

  @Field(() => [SelectionViolationType], { description: 'R-SEL-4 per discipline and overall, for the saved plans and cut-offs' })
  violations!: SelectionViolationType[];
}

@InputType('CutOffInput')
export class CutOffInput {
  @Field(() => String)
  disciplineCode!: string;

  @Field(() => Int)
  plannedAdmissions!: number;

  @Field(() => Float, { nullable: true, description: 'Required unless nothing is planned' })
  cutOff?: number | null;

  @Field(() => Int, { nullable: true, description: 'The version read; null for a discipline without a saved plan' })
  version?: number | null;
}
