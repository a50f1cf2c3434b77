import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../graphql/sort.js';

export enum ParticipationStatusValue {
  DRAFT = 'draft',
  SUBMITTED = 'submitted',
  APPROVED = 'approved',
  REJECTED = 'rejected',
}
registerEnumType(ParticipationStatusValue, { name: 'ParticipationStatus' });

@ObjectType('SchoolSummary', { simpleResolvers: true })
export class SchoolSummaryType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Administrative division code of its district' })
  districtCode!: string;
}

@ObjectType('TeamPerson', { simpleResolvers: true, description: 'A member of a school guidance team; phone masked' })
export class TeamPersonType {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Masked, e.g. 138****5678' })
  phone!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;
}

@ObjectType('GuidanceTeacher', { simpleResolvers: true })
export class GuidanceTeacherType {
  @Field(() => String)
  disciplineCode!: string;

  @Field(() => TeamPersonType)
  person!: TeamPersonType;
}

@ObjectType('GuidanceTeam', { simpleResolvers: true, description: 'R-ORG-2: a school leader, one contact person, guidance teachers by discipline' })
export class GuidanceTeamType {
  @Field(() => TeamPersonType, { nullable: true })
  leader!: TeamPersonType | null;

  @Field(() => TeamPersonType, { nullable: true })
  contact!: TeamPersonType | null;

  @Field(() => [GuidanceTeacherType])
  teachers!: GuidanceTeacherType[];
}

@ObjectType('Participation', { simpleResolvers: true, description: "A school's application to take part in a cycle (R-SCOPE-3)" })
export class ParticipationType {
  @Field(() => Int)
  id!: number;

  @Field(() => SchoolSummaryType)
  school!: SchoolSummaryType;

  @Field(() => ParticipationStatusValue)
  status!: ParticipationStatusValue;

  @Field(() => GuidanceTeamType)
  team!: GuidanceTeamType;

  @Field(() => DateTimeISOResolver)
  submittedAt!: Date;

  @Field(() => DateTimeISOResolver, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was rejected; the school sees it' })
  rejectionReason!: string | null;

  @Field(() => Int, { description: 'Send it back when deciding: a stale version is a CONFLICT' })
  version!: number;
}

@ObjectType('ParticipationPage', { simpleResolvers: true })
export class ParticipationPageType {
  @Field(() => [ParticipationType])
  rows!: ParticipationType[];

  @Field(() => Int)
  total!: number;
}

@InputType()
export class TeamPersonInput {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  phone!: string;

  @Field(() => String, { nullable: true })
  title?: string | null;
}

@InputType()
export class GuidanceTeacherInput {
  @Field(() => String)
  disciplineCode!: string;

  @Field(() => TeamPersonInput)
  person!: TeamPersonInput;
}

@InputType()
export class GuidanceTeamInput {
  @Field(() => TeamPersonInput, { nullable: true })
  leader?: TeamPersonInput | null;

  @Field(() => TeamPersonInput, { nullable: true })
  contact?: TeamPersonInput | null;

  @Field(() => [GuidanceTeacherInput])
  teachers!: GuidanceTeacherInput[];
}

export enum ParticipationSortField {
  SCHOOL = 'school',
  SUBMITTED_AT = 'submittedAt',
  STATUS = 'status',
}
registerEnumType(ParticipationSortField, { name: 'ParticipationSortField' });

@InputType()
export class ParticipationSortInput {
  @Field(() => ParticipationSortField)
  field!: ParticipationSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}
