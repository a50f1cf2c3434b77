import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ApplicationFields } from './application-fields.type.js';

@ObjectType('MentorChoice', { simpleResolvers: true })
export class MentorChoiceType {
  @Field(() => ID)
  mentorId!: string;

  @Field(() => Int)
  rank!: number;
}

@ObjectType('Application', { implements: ApplicationFields, simpleResolvers: true, description: "A student's application in one cycle, as the applicant sees it" })
export class ApplicationType extends ApplicationFields {
  @Field(() => LocalDateResolver, { nullable: true })
  dateOfBirth!: string | null;

  @Field(() => String, { nullable: true })
  idNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'R-APP-1: the school the applicant named when it is not in the list of participating schools' })
  unlistedSchool!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => [MentorChoiceType])
  mentorChoices!: MentorChoiceType[];

  @Field(() => DateTimeISOResolver)
  createdAt!: Date;

  @Field(() => DateTimeISOResolver)
  updatedAt!: Date;

  @Field(() => DateTimeISOResolver, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "R-APP-4: the school's note; a decline always has one" })
  schoolNote!: string | null;

  @Field(() => String, { nullable: true, description: "R-SEL-1: why the office found the application nonconformant" })
  reviewReason!: string | null;

  @Field(() => Int, { description: 'Send it back with the next save or the submission' })
  version!: number;
}
