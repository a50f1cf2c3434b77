import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UniversityType } from '../cycles/index.js';

export enum MentorStatusValue {
  RECOMMENDED = 'recommended',
  CONFIRMED = 'confirmed',
  UNIVERSITY_APPROVED = 'university_approved',
  APPROVED = 'approved',
  REJECTED = 'rejected',
}
registerEnumType(MentorStatusValue, { name: 'MentorStatus', description: 'R-MENTOR-2: recommended → confirmed → university approved → approved, or rejected' });

export enum DegreeValue {
  DOCTORATE = 'doctorate',
  MASTER = 'master',
  BACHELOR = 'bachelor',
  OTHER = 'other',
}
registerEnumType(DegreeValue, { name: 'Degree' });

export enum ProfessionalTitleValue {
  SENIOR = 'senior',
  ASSOCIATE_SENIOR = 'associate_senior',
  INTERMEDIATE = 'intermediate',
  JUNIOR = 'junior',
  NONE = 'none',
}
registerEnumType(ProfessionalTitleValue, { name: 'ProfessionalTitle', description: '正高, 副高, 中级, 初级, none' });

@ObjectType('MentorTeamMember', { simpleResolvers: true, description: 'A member of a mentor’s training team (R-MENTOR-4)' })
export class MentorTeamMemberType {
  @Field(() => String)
  name!: string;

  @Field(() => DegreeValue)
  degree!: DegreeValue;

  @Field(() => ProfessionalTitleValue)
  title!: ProfessionalTitleValue;
}

@ObjectType('RuleWarning', { simpleResolvers: true, description: 'Something the office should look at; it refuses nothing' })
export class RuleWarningType {
  @Field(() => String)
  rule!: string;

  @Field(() => String)
  message!: string;

  @Field(() => String, { nullable: true, description: 'What the warning is about when not the whole record, e.g. a team member' })
  subject!: string | null;
}

@ObjectType('MentorRecord', { simpleResolvers: true, description: 'A mentor of the mentor pool, as staff see them' })
export class MentorRecordType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => UniversityType)
  university!: UniversityType;

  @Field(() => String)
  disciplineCode!: string;

  @Field(() => String, { description: 'Professional title as printed, e.g. 教授' })
  title!: string;

  @Field(() => [String], { description: 'Codes of R-MENTOR-1’s honours' })
  honours!: string[];

  @Field(() => [String])
  researchFields!: string[];

  @Field(() => String)
  profile!: string;

  @Field(() => String, { nullable: true, description: 'Masked, e.g. c***@sxu.edu.cn' })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'Address of the photo; null shows the initial' })
  photoUrl!: string | null;
}

@ObjectType('MentorAppointment', { simpleResolvers: true, description: 'A mentor’s place in one cycle (R-MENTOR-2, R-MENTOR-3)' })
export class MentorAppointmentType {
  @Field(() => Int)
  id!: number;

  @Field(() => Int)
  year!: number;

  @Field(() => MentorRecordType)
  mentor!: MentorRecordType;

  @Field(() => MentorStatusValue)
  status!: MentorStatusValue;

  @Field(() => Int, { description: 'Students the mentor takes this cycle' })
  capacity!: number;

  @Field(() => [MentorTeamMemberType])
  team!: MentorTeamMemberType[];

  @Field(() => [RuleWarningType], { description: 'R-MENTOR-1 and R-MENTOR-4 warnings, shown beside the decision' })
  warnings!: RuleWarningType[];

  @Field(() => DateTimeISOResolver)
  recommendedAt!: Date;

  @Field(() => DateTimeISOResolver, { nullable: true })
  confirmedAt!: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  universityApprovedAt!: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  approvedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was rejected; the university and the mentor see it' })
  rejectionReason!: string | null;

  @Field(() => Int, { nullable: true, description: 'The cycle it was taken over from the mentor pool (R-MENTOR-3)' })
  carriedOverFrom!: number | null;

  @Field(() => String, { nullable: true, description: 'Number of the appointment letter (导师聘书), given to a new mentor on approval' })
  letterNumber!: string | null;

  @Field(() => Int, { description: 'Send it back when deciding: a stale version is a CONFLICT' })
  version!: number;
}

@ObjectType('MentorAppointmentPage', { simpleResolvers: true })
export class MentorAppointmentPageType {
  @Field(() => [MentorAppointmentType])
  rows!: MentorAppointmentType[];

  @Field(() => Int)
  total!: number;
}

@ObjectType('PoolMentor', { simpleResolvers: true, description: 'A mentor of earlier cycles (导师库, R-MENTOR-3)' })
export class PoolMentorType {
  @Field(() => MentorRecordType)
  mentor!: MentorRecordType;

  @Field(() => [Int], { description: 'Years of the cycles the mentor was approved for, newest first' })
  servedYears!: number[];

  @Field(() => Boolean, { description: 'Already a mentor of the year asked for' })
  inCycle!: boolean;
}

@ObjectType('PoolMentorPage', { simpleResolvers: true })
export class PoolMentorPageType {
  @Field(() => [PoolMentorType])
  rows!: PoolMentorType[];

  @Field(() => Int)
  total!: number;
}
