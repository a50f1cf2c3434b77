import { APPLICATION_STATUSES, type ApplicationStatus } from '@yingcai/domain/applications';
import { Field, ID, Int, InterfaceType, registerEnumType } from 'type-graphql';
import { ApplicationMaterialType } from './application-material.type.js';

/** The domain's statuses as a GraphQL enum (DRAFT = 'draft', …): one list, never copied. */
export const ApplicationStatusValue = Object.fromEntries(APPLICATION_STATUSES.map((status) => [status.toUpperCase(), status])) as Record<string, ApplicationStatus>;
registerEnumType(ApplicationStatusValue, { name: 'ApplicationStatus', description: 'From the draft to a confirmed place (R-APP-4, R-SEL-1..5)' });

export enum GenderValue {
  MALE = 'male',
  FEMALE = 'female',
}
registerEnumType(GenderValue, { name: 'Gender' });

/** What the applicant and staff both see of an application, alike: who, status, school, grade, discipline, ranks, statement, materials. */
@InterfaceType('ApplicationFields', { description: 'What the applicant and staff both see of an application' })
export abstract class ApplicationFields {
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

  @Field(() => ID, { nullable: true })
  schoolId!: string | null;

  @Field(() => String, { nullable: true })
  schoolName!: string | null;

  @Field(() => Int, { nullable: true })
  grade!: number | null;

  @Field(() => String, { nullable: true })
  className!: string | null;

  @Field(() => String, { nullable: true })
  disciplineCode!: string | null;

  @Field(() => Int, { nullable: true })
  subjectRank!: number | null;

  @Field(() => Int, { nullable: true })
  overallRank!: number | null;

  @Field(() => Int, { nullable: true })
  gradeSize!: number | null;

  @Field(() => String, { nullable: true })
  statement!: string | null;

  @Field(() => [ApplicationMaterialType], { description: 'R-APP-3: the supporting materials, oldest first' })
  materials!: ApplicationMaterialType[];
}
