import type { ApplicationStatus } from '@yingcai/domain/applications';
import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ApplicationFields } from './application-fields.type.js';
import { ApplicationStatusValue, GenderValue } from './application.type.js';

@ObjectType('ChosenMentor', { simpleResolvers: true, description: 'R-APP-3: a mentor the applicant chose, rank 1 first' })
export class ChosenMentorType {
  @Field(() => ID)
  mentorId!: string;

  @Field(() => Int)
  rank!: number;

  @Field(() => String, { nullable: true, description: 'Null when the mentor is no longer on record' })
  name!: string | null;

  @Field(() => String, { nullable: true })
  disciplineCode!: string | null;
}

@ObjectType('StaffApplication', { simpleResolvers: true, description: 'A submitted application as the school or the office sees it: ID and phone numbers masked' })
export class StaffApplicationType extends ApplicationFields {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => ApplicationStatusValue)
  status!: ApplicationStatus;

  @Field(() => String, { nullable: true, description: '报名号' })
  applicationNumber!: string | null;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => GenderValue, { nullable: true })
  gender!: GenderValue | null;

  @Field(() => String, { nullable: true, description: 'Masked' })
  idNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'Masked' })
  phone!: string | null;

  @Field(() => [ChosenMentorType])
  mentors!: ChosenMentorType[];

  @Field(() => DateTimeISOResolver, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "R-APP-4: the school's note; a decline always has one" })
  schoolNote!: string | null;

  @Field(() => String, { nullable: true, description: "R-SEL-1: the office's reason for nonconformity" })
  reviewReason!: string | null;

  @Field(() => Float, { nullable: true, description: 'R-SEL-2: the potential assessment score, as imported' })
  assessmentScore!: number | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When that score was imported' })
  assessedAt!: Date | null;

  @Field(() => Int, { description: 'Send it back when deciding: a stale version is a CONFLICT' })
  version!: number;
}

@ObjectType('StaffApplicationPage', { simpleResolvers: true })
export class StaffApplicationPageType {
  @Field(() => [StaffApplicationType])
  rows!: StaffApplicationType[];

  @Field(() => Int)
  total!: number;
}

@ObjectType('ConformityFlag', { simpleResolvers: true, description: 'R-SEL-1 (审核提示): a rule the application seems not to meet' })
export class ConformityFlagType {
  @Field(() => String)
  rule!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType('ReviewApplication', { simpleResolvers: true, description: 'An application in the conformity review (资料审核), with its flags' })
export class ReviewApplicationType extends StaffApplicationType {
  @Field(() => [ConformityFlagType], { description: 'Empty when nothing seems amiss; the office still decides' })
  flags!: ConformityFlagType[];
}

@ObjectType('ReviewQueuePage', { simpleResolvers: true })
export class ReviewQueuePageType {
  @Field(() => [ReviewApplicationType])
  rows!: ReviewApplicationType[];

  @Field(() => Int)
  total!: number;
}

@InputType('SchoolApplicationFilter')
export class SchoolApplicationFilterInput {
  @Field(() => ApplicationStatusValue, { nullable: true, description: 'Any status after the draft; all submitted ones when left out' })
  status?: ApplicationStatus | null;

  @Field(() => String, { nullable: true })
  disciplineCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'The office may pick a school; a coordinator only their own' })
  schoolId?: string | null;
}

@InputType('ReviewQueueFilter')
export class ReviewQueueFilterInput {
  @Field(() => ApplicationStatusValue, { nullable: true, description: 'SCHOOL_RECOMMENDED (waiting for review) when left out' })
  status?: ApplicationStatus | null;

  @Field(() => String, { nullable: true })
  disciplineCode?: string | null;

  @Field(() => ID, { nullable: true })
  schoolId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: flagged only; false: unflagged only' })
  flagged?: boolean | null;
}
