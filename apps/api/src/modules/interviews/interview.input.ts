import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, InputType, Int } from 'type-graphql';

@InputType('InterviewSlotInput', { description: 'R-SEL-5: when, where (a place, an online link or both) and for how many' })
export class InterviewSlotInput {
  @Field(() => DateTimeISOResolver)
  startsAt!: Date;

  @Field(() => DateTimeISOResolver)
  endsAt!: Date;

  @Field(() => String, { nullable: true })
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'An http(s) address' })
  onlineLink?: string | null;

  @Field(() => Int)
  capacity!: number;
}

@InputType('CriterionPointsInput')
export class CriterionPointsInput {
  @Field(() => String, { description: 'The criterion’s code' })
  criterion!: string;

  @Field(() => Int)
  points!: number;
}

@InputType('ScoreSheetInput', { description: 'R-SEL-5: whole points for every criterion of the rubric, each from 0 to its maximum' })
export class ScoreSheetInput {
  @Field(() => [CriterionPointsInput])
  points!: CriterionPointsInput[];

  @Field(() => String, { nullable: true, description: 'At most 1000 characters' })
  comment?: string | null;
}
