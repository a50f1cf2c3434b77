import type { ApplicationStatus } from '@yingcai/domain/applications';
import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ApplicationStatusValue } from '../applications/index.js';

export enum PanelRoleValue {
  MENTOR = 'mentor',
  OFFICE_STAFF = 'office_staff',
}
registerEnumType(PanelRoleValue, { name: 'PanelRole', description: 'R-SEL-5: what a panel member sits as' });

@ObjectType('InterviewCriterion', { simpleResolvers: true, description: 'R-SEL-5: a criterion of the cycle’s interview rubric (评分标准)' })
export class InterviewCriterionType {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int)
  maxPoints!: number;
}

@ObjectType('PanelMember', { simpleResolvers: true, description: 'A member of a slot’s interview panel' })
export class PanelMemberType {
  @Field(() => ID)
  accountId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => PanelRoleValue)
  role!: PanelRoleValue;
}

/** When and where an interview is: what the applicant and the panel both see. */
@ObjectType()
export abstract class SlotTimeAndPlace {
  @Field(() => String)
  disciplineCode!: string;

  @Field(() => DateTimeISOResolver)
  startsAt!: Date;

  @Field(() => DateTimeISOResolver)
  endsAt!: Date;

  @Field(() => String, { nullable: true })
  place!: string | null;

  @Field(() => String, { nullable: true })
  onlineLink!: string | null;
}

@ObjectType('ApplicantInterview', { simpleResolvers: true, description: 'R-SEL-5: the interview slot an applicant is given' })
export class ApplicantInterviewType extends SlotTimeAndPlace {}

@ObjectType('InterviewSlot', { simpleResolvers: true, description: 'R-SEL-5: an interview slot (面试场次) of one discipline, its panel and how full it is' })
export class InterviewSlotType extends SlotTimeAndPlace {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  capacity!: number;

  @Field(() => Int, { description: 'Applicants assigned to the slot' })
  assigned!: number;

  @Field(() => [PanelMemberType])
  members!: PanelMemberType[];

  @Field(() => Int, { description: 'Send it back with any change of the slot, its panel or its interviewees: a stale version is CONFLICT' })
  version!: number;
}

@ObjectType('InterviewSlotPage', { simpleResolvers: true })
export class InterviewSlotPageType {
  @Field(() => [InterviewSlotType])
  rows!: InterviewSlotType[];

  @Field(() => Int)
  total!: number;
}

@ObjectType('CriterionPoints', { simpleResolvers: true })
export class CriterionPointsType {
  @Field(() => String, { description: 'The criterion’s code' })
  criterion!: string;

  @Field(() => Int)
  points!: number;
}

@ObjectType('ScoreSheet', { simpleResolvers: true, description: 'R-SEL-5: a panel member’s points on one interviewee, or their declared conflict of interest' })
export class ScoreSheetType {
  @Field(() => ID)
  memberAccountId!: string;

  @Field(() => String)
  memberName!: string;

  @Field(() => Boolean)
  conflict!: boolean;

  @Field(() => String, { nullable: true })
  conflictReason!: string | null;

  @Field(() => [CriterionPointsType], { description: 'In the rubric’s order; empty with a conflict' })
  points!: CriterionPointsType[];

  @Field(() => Int, { nullable: true, description: 'The sum of the points; null with a conflict' })
  total!: number | null;

  @Field(() => String, { nullable: true })
  comment!: string | null;

  @Field(() => DateTimeISOResolver)
  submittedAt!: Date;
}

/** Who is interviewed: enough to know the applicant, no contact or ID numbers. */
@ObjectType()
export abstract class IntervieweeFields {
  @Field(() => ID)
  applicationId!: string;

  @Field(() => String, { nullable: true })
  applicationNumber!: string | null;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true })
  schoolName!: string | null;

  @Field(() => Int, { nullable: true })
  grade!: number | null;
}

@ObjectType('Interviewee', { simpleResolvers: true, description: 'R-SEL-5: an applicant of a slot as the office sees it: every sheet, the mean so far, the recorded score' })
export class IntervieweeType extends IntervieweeFields {
  @Field(() => ApplicationStatusValue)
  status!: ApplicationStatus;

  @Field(() => Int, { description: 'The application’s version: send it back to record the interview' })
  version!: number;

  @Field(() => [ScoreSheetType])
  sheets!: ScoreSheetType[];

  @Field(() => Int, { description: 'Panel members who have neither scored nor declared a conflict' })
  awaiting!: number;

  @Field(() => Float, { nullable: true, description: 'R-SEL-5: the mean of the members who scored without a conflict, as it stands' })
  meanScore!: number | null;

  @Field(() => Float, { nullable: true, description: 'R-SEL-5 面试成绩, fixed when the interview is recorded' })
  score!: number | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  recordedAt!: Date | null;
}

@ObjectType('IntervieweePage', { simpleResolvers: true })
export class IntervieweePageType {
  @Field(() => [IntervieweeType])
  rows!: IntervieweeType[];

  @Field(() => Int)
  total!: number;
}

@ObjectType('WaitingInterviewee', { simpleResolvers: true, description: 'R-SEL-5: an invited applicant without a slot yet' })
export class WaitingIntervieweeType extends IntervieweeFields {}

@ObjectType('WaitingIntervieweePage', { simpleResolvers: true })
export class WaitingIntervieweePageType {
  @Field(() => [WaitingIntervieweeType])
  rows!: WaitingIntervieweeType[];

  @Field(() => Int)
  total!: number;
}

@ObjectType('PanelCandidate', { simpleResolvers: true, description: 'R-SEL-5: an account that may sit on a panel of the discipline: office staff, or a mentor approved for the cycle in it' })
export class PanelCandidateType {
  @Field(() => ID)
  accountId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => PanelRoleValue)
  role!: PanelRoleValue;
}

@ObjectType('AutoAssignment', { simpleResolvers: true, description: 'R-SEL-5: what auto-assignment did' })
export class AutoAssignmentType {
  @Field(() => Int)
  assigned!: number;

  @Field(() => Int, { description: 'Invited applicants left without a slot because the slots are full' })
  unplaced!: number;
}

@ObjectType('MyInterview', { simpleResolvers: true, description: 'R-SEL-5: an interviewee of a panel the signed-in member sits on, with the member’s own sheet' })
export class MyInterviewType extends IntervieweeFields {
  @Field(() => ID)
  assignmentId!: string;

  @Field(() => ApplicantInterviewType)
  slot!: ApplicantInterviewType;

  @Field(() => ScoreSheetType, { nullable: true, description: 'Null until the member scores or declares a conflict' })
  sheet!: ScoreSheetType | null;

  @Field(() => Boolean, { description: 'The interview is recorded: the sheet is fixed' })
  recorded!: boolean;

  @Field(() => Boolean, { description: 'R-SEL-5: the member is asked to score: no conflict declared and the interview not yet recorded' })
  asked!: boolean;
}

@ObjectType('MyInterviewPage', { simpleResolvers: true })
export class MyInterviewPageType {
  @Field(() => [MyInterviewType])
  rows!: MyInterviewType[];

  @Field(() => Int)
  total!: number;
}
