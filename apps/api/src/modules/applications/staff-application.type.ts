import type { ApplicationStatus } from '@yingcai/domain/applications';
import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../graphql/sort.js';
import { ApplicationFields } from './application-fields.type.js';
import { ApplicationStatusValue } from './application-fields.type.js';

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

/** One shape for both staff lists, so a client reads a school's list and the review queue with the same fragment. */
@InterfaceType('StaffApplicationView', { implements: ApplicationFields, description: 'A submitted application as the school or the office sees it: ID and phone numbers masked' })
export abstract class StaffApplicationView extends ApplicationFields {
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

@ObjectType('StaffApplication', { implements: [ApplicationFields, StaffApplicationView], simpleResolvers: true, description: 'A submitted application as the school or the office sees it: ID and phone numbers masked' })
export class StaffApplicationType extends StaffApplicationView {}

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

@ObjectType('ReviewApplication', { implements: [ApplicationFields, StaffApplicationView], simpleResolvers: true, description: 'An application in the conformity review (资料审核), with its flags' })
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

export enum ApplicationSortField {
  APPLICATION_NUMBER = 'applicationNumber',
  SUBMITTED_AT = 'submittedAt',
  GRADE = 'grade',
  DISCIPLINE = 'discipline',
  STATUS = 'status',
}
registerEnumType(ApplicationSortField, { name: 'ApplicationSortField' });

@InputType('ApplicationSortInput', { description: 'The order of a staff list; ties fall back to the application number' })
export class ApplicationSortInput {
  @Field(() => ApplicationSortField)
  field!: ApplicationSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}

@InputType('ConformantItem', { description: 'An application to find conformant, with the version it was read at' })
export class ConformantItemInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;
}
