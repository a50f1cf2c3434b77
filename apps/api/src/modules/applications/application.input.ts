import { Field, ID, InputType, Int } from 'type-graphql';
import { GenderValue } from './application-fields.type.js';

@InputType('MentorChoiceInput', { description: 'R-APP-3: a mentor of the cycle, rank 1 the first choice' })
export class MentorChoiceInput {
  @Field(() => ID)
  mentorId!: string;

  @Field(() => Int)
  rank!: number;
}

@InputType('ApplicationDraftInput', { description: 'Any part of the application: a field left out is kept, a null clears it' })
export class ApplicationDraftInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => GenderValue, { nullable: true })
  gender?: GenderValue | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dateOfBirth?: string | null;

  @Field(() => String, { nullable: true, description: 'Resident ID number; a lower-case x is accepted' })
  idNumber?: string | null;

  @Field(() => ID, { nullable: true })
  schoolId?: string | null;

  @Field(() => String, { nullable: true, description: 'R-APP-1: a school not in the list, by name; saving one clears schoolId and the other way round' })
  unlistedSchool?: string | null;

  @Field(() => Int, { nullable: true, description: '10 (高一) or 11 (高二), R-APP-1' })
  grade?: number | null;

  @Field(() => String, { nullable: true })
  className?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  disciplineCode?: string | null;

  @Field(() => [MentorChoiceInput], { nullable: true })
  mentorChoices?: MentorChoiceInput[] | null;

  @Field(() => Int, { nullable: true, description: 'R-APP-2: rank in the subject of the discipline, in the grade' })
  subjectRank?: number | null;

  @Field(() => Int, { nullable: true, description: 'R-APP-2: overall rank in the grade' })
  overallRank?: number | null;

  @Field(() => Int, { nullable: true, description: 'Students in the grade' })
  gradeSize?: number | null;

  @Field(() => String, { nullable: true, description: 'Statement of interest (申请陈述), at most 1000 characters' })
  statement?: string | null;
}
