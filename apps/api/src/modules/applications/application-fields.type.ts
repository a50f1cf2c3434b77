import { Field, ID, Int, InterfaceType } from 'type-graphql';

/** What the applicant and staff both see of an application, alike: school, grade, discipline, ranks, statement. */
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
}
