import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('CohortChoice', { simpleResolvers: true, description: "One of the mentors a student ranked when applying (R-APP-3)" })
export class CohortChoiceType {
  @Field(() => ID)
  mentorId!: string;

  @Field(() => Int, { description: '1 = first choice' })
  rank!: number;

  @Field(() => String, { nullable: true, description: 'Null when the mentor is not approved for the cycle' })
  mentorName!: string | null;
}

@ObjectType('CohortStudent', { simpleResolvers: true, description: 'A student of the cohort (学员): a confirmed admission' })
export class CohortStudentType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => String)
  applicationNumber!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  schoolName!: string | null;

  @Field(() => Boolean, { description: "R-CONSENT-1 (issue 23): the student's guardian withdrew the consent; what it covered must stop" })
  consentWithdrawn!: boolean;

  @Field(() => String)
  disciplineCode!: string;

  @Field(() => ID, { nullable: true })
  mentorId!: string | null;

  @Field(() => String, { nullable: true })
  mentorName!: string | null;

  @Field(() => [CohortChoiceType], { description: 'Ranked, first choice first' })
  choices!: CohortChoiceType[];
}

@ObjectType('CohortMentor', { simpleResolvers: true, description: 'A mentor approved for the cycle, with the places they offer' })
export class CohortMentorType {
  @Field(() => ID)
  mentorId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  disciplineCode!: string;

  @Field(() => Int)
  capacity!: number;

  @Field(() => Int, { description: 'Students assigned to the mentor in this cycle' })
  taken!: number;
}

@ObjectType('Cohort', { simpleResolvers: true, description: "A cycle's students and their mentors (issue 11)" })
export class CohortType {
  @Field(() => [CohortStudentType], { description: 'By discipline, then application number' })
  students!: CohortStudentType[];

  @Field(() => [CohortMentorType])
  mentors!: CohortMentorType[];

  @Field(() => Int, { description: 'Students still without a mentor' })
  unassigned!: number;
}
