import { APPLICATION_STATUSES, type ApplicationStatus } from '@yingcai/domain/applications';
import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ApplicationFields } from './application-fields.type.js';

/** The domain's statuses as a GraphQL enum (DRAFT = 'draft', …): one list, never copied. */
export const ApplicationStatusValue = Object.fromEntries(APPLICATION_STATUSES.map((status) => [status.toUpperCase(), status])) as Record<string, ApplicationStatus>;
registerEnumType(ApplicationStatusValue, { name: 'ApplicationStatus', description: 'From the draft to a confirmed place (R-APP-4, R-SEL-1..5)' });

export enum GenderValue {
  MALE = 'male',
  FEMALE = 'female',
}
registerEnumType(GenderValue, { name: 'Gender' });

@ObjectType('MentorChoice', { simpleResolvers: true })
export class MentorChoiceType {
  @Field(() => ID)
  mentorId!: string;

  @Field(() => Int)
  rank!: number;
}

@ObjectType('Application', { implements: ApplicationFields, simpleResolvers: true, description: "A student's application in one cycle, as the applicant sees it" })
export class ApplicationType extends ApplicationFields {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => ApplicationStatusValue)
  status!: ApplicationStatus;

  @Field(() => String, { nullable: true, description: '报名号, given at submission' })
  applicationNumber!: string | null;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => GenderValue, { nullable: true })
  gender!: GenderValue | null;

  @Field(() => LocalDateResolver, { nullable: true })
  dateOfBirth!: string | null;

  @Field(() => String, { nullable: true })
  idNumber!: string | null;

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
