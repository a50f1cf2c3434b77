import { Field, Float, InputType, Int } from 'type-graphql';
import { CycleContactType } from './cycle.type.js';

@InputType('CycleSettingsInput', { description: "Every number of a cycle; the limits and rule IDs are domain's CYCLE_SETTING_LIMITS" })
export class CycleSettingsInput {
  @Field(() => Float, { description: 'R-APP-2' })
  subjectRankTopPercent!: number;

  @Field(() => Float, { description: 'R-APP-2' })
  overallRankTopPercent!: number;

  @Field(() => Int, { description: 'R-APP-3' })
  maxMentorChoices!: number;

  @Field(() => Float, { description: 'R-SEL-4' })
  interviewRatio!: number;

  @Field(() => Float, { description: 'R-SEL-5' })
  assessmentWeight!: number;

  @Field(() => Float, { description: 'R-SEL-5' })
  interviewWeight!: number;

  @Field(() => Int, { description: 'R-SEL-5' })
  publicNoticeDays!: number;

  @Field(() => Int, { description: 'R-SEL-6' })
  minAdmissions!: number;

  @Field(() => Int, { description: 'R-TRAIN-4' })
  minTrainingSessions!: number;
}

@InputType('MilestoneWindowInput', { description: "One step's window, inclusive Asia/Shanghai dates" })
export class MilestoneWindowInput {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  startsOn!: string;

  @Field(() => String)
  endsOn!: string;
}

@InputType('CycleChangeInput')
export class CycleChangeInput {
  @Field(() => String)
  name!: string;

  @Field(() => CycleSettingsInput)
  settings!: CycleSettingsInput;

  @Field(() => [MilestoneWindowInput], { description: 'The windows to change; steps not listed keep theirs' })
  windows!: MilestoneWindowInput[];

  @Field(() => CycleContactType, { nullable: true, description: 'The contact for the public; left out, it stays as it is' })
  contact?: CycleContactType | null;
}
