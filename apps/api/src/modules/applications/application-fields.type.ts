import { Field, ID, Int, InterfaceType } from 'type-graphql';
import { ApplicationMaterialType } from './application-material.type.js';

/** What the applicant and staff both see of an application, alike: school, grade, discipline, ranks, statement, materials. */
@InterfaceType('ApplicationFields', { description: 'What the applicant and staff both see of an application' })
export abstract class ApplicationFields {
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
