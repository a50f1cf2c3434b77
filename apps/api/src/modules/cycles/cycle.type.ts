import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType('Discipline', { simpleResolvers: true, description: 'A discipline of a cycle (R-SCOPE-1)' })
export class DisciplineType {
  @Field(() => String, { description: 'Stable code, e.g. physics' })
  code!: string;

  @Field(() => String, { description: 'Chinese name, e.g. 物理学' })
  name!: string;
}

@ObjectType('University', { simpleResolvers: true, description: 'An implementing university (R-SCOPE-2)' })
export class UniversityType {
  @Field(() => String)
  name!: string;
}

@ObjectType('District', { simpleResolvers: true, description: 'A district of the eligible area (R-SCOPE-3)' })
export class DistrictType {
  @Field(() => String, { description: 'Administrative division code' })
  code!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType('Milestone', { simpleResolvers: true, description: 'A step of the schedule; the window is inclusive, in Asia/Shanghai dates' })
export class MilestoneType {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => LocalDateResolver)
  startsOn!: string;

  @Field(() => LocalDateResolver)
  endsOn!: string;
}

@ObjectType('CycleRules', { simpleResolvers: true, description: "The cycle's thresholds: data, never constants" })
export class CycleRulesType {
  @Field(() => Float, { description: 'R-APP-2: subject rank in the top this-many percent of the grade' })
  subjectRankTopPercent!: number;

  @Field(() => Float, { description: 'R-APP-2: overall rank in the top this-many percent of the grade' })
  overallRankTopPercent!: number;

  @Field(() => Float, { description: 'R-SEL-4: interviewees per admitted student, at least' })
  interviewRatio!: number;

  @Field(() => Int, { description: 'R-SEL-6: admitted students in the cycle, at least' })
  minAdmissions!: number;

  @Field(() => Int, { description: 'R-TRAIN-4: training sessions per student, at least' })
  minTrainingSessions!: number;

  @Field(() => Int, { description: 'R-APP-3: mentors an applicant may rank, at most' })
  maxMentorChoices!: number;

  @Field(() => Float, { description: 'R-SEL-5: weight of the assessment score in the admission ranking' })
  assessmentWeight!: number;

  @Field(() => Float, { description: 'R-SEL-5: weight of the interview score in the admission ranking' })
  interviewWeight!: number;

  @Field(() => Int, { description: 'Days the admitted list stays on the public notice (公示)' })
  publicNoticeDays!: number;
}

@ObjectType('CycleContact', { simpleResolvers: true, description: "How the public reaches the province's office (联系我们); any part may be missing" })
// The same five parts come in as the office edits them: one class, as input and as answer.
@InputType('CycleContactInput', { description: 'Each part at most CYCLE_CONTACT_MAX_LENGTH characters; blank clears it' })
export class CycleContactType {
  @Field(() => String, { nullable: true })
  office!: string | null;

  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'Office hours, as the office writes them' })
  hours!: string | null;
}

@ObjectType('Cycle', { simpleResolvers: true, description: 'A programme cycle: one year of the programme in one province' })
export class CycleType {
  @Field(() => ID, { description: 'What names the cycle: a year alone does not once several provinces run one' })
  id!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => String)
  province!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [DisciplineType], { description: 'In the order the office lists them' })
  disciplines!: DisciplineType[];

  @Field(() => [UniversityType])
  universities!: UniversityType[];

  @Field(() => [DistrictType], { description: 'Districts whose schools may take part (R-SCOPE-3)' })
  districts!: DistrictType[];

  @Field(() => CycleRulesType)
  rules!: CycleRulesType;

  @Field(() => [MilestoneType], { description: 'The schedule, in order' })
  milestones!: MilestoneType[];

  @Field(() => CycleContactType, { nullable: true, description: 'The office\'s contact for the public; null until the office fills it in' })
  contact!: CycleContactType | null;
}

@ObjectType('WindowExtension', { simpleResolvers: true, description: 'A window kept open longer by the office, for everyone, one school or one applicant' })
export class WindowExtensionType {
  @Field(() => String)
  milestoneKey!: string;

  @Field(() => String, { nullable: true, description: 'The school it is for; null for everyone' })
  schoolId!: string | null;

  @Field(() => LocalDateResolver)
  extendedUntil!: string;

  @Field(() => String, { nullable: true, description: "The school's name in the register; null for everyone" })
  schoolName!: string | null;

  @Field(() => String, { nullable: true, description: 'The one applicant it is for (registration only), by account name; null otherwise' })
  applicantName!: string | null;

  @Field(() => String)
  reason!: string;

  @Field(() => DateTimeISOResolver)
  grantedAt!: Date;
}

@ObjectType('StepWindow', { simpleResolvers: true, description: "Where a step's window stands today (issue 11): the office's extension included" })
export class StepWindowType {
  @Field(() => String, { description: 'An office step (review, import_scores, set_cut_offs, arrange_interviews, score_interviews, decide_admissions) or registration' })
  step!: string;

  @Field(() => LocalDateResolver)
  startsOn!: string;

  @Field(() => LocalDateResolver, { description: 'The last day, extended where the office extended it' })
  lastDay!: string;

  @Field(() => Boolean)
  open!: boolean;

  @Field(() => String, { description: 'The rule the window belongs to' })
  rule!: string;
}
