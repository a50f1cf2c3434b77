import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../graphql/sort.js';
import { DegreeValue, MentorStatusValue, ProfessionalTitleValue } from './mentor-appointment.type.js';

@InputType()
export class MentorTeamMemberInput {
  @Field(() => String)
  name!: string;

  @Field(() => DegreeValue)
  degree!: DegreeValue;

  @Field(() => ProfessionalTitleValue)
  title!: ProfessionalTitleValue;
}

@InputType({ description: 'What the university enters and the mentor completes' })
export class MentorDataInput {
  @Field(() => String)
  title!: string;

  @Field(() => [String], { description: 'Codes of R-MENTOR-1’s honours' })
  honours!: string[];

  @Field(() => [String])
  researchFields!: string[];

  @Field(() => String, { description: 'The short public profile' })
  profile!: string;

  @Field(() => Int)
  capacity!: number;

  @Field(() => [MentorTeamMemberInput])
  team!: MentorTeamMemberInput[];
}

@InputType({ description: 'R-MENTOR-2: a university coordinator recommends a candidate' })
export class RecommendMentorInput extends MentorDataInput {
  @Field(() => Int)
  year!: number;

  @Field(() => ID)
  universityId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  disciplineCode!: string;

  @Field(() => String, { description: 'Where the candidate’s invitation to confirm goes' })
  email!: string;
}

@InputType()
export class MentorAppointmentFilter {
  @Field(() => Int)
  year!: number;

  @Field(() => MentorStatusValue, { nullable: true })
  status?: MentorStatusValue | null;

  @Field(() => String, { nullable: true })
  disciplineCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name or a research field' })
  search?: string | null;
}

export enum MentorSortField {
  NAME = 'name',
  DISCIPLINE = 'discipline',
  RECOMMENDED_AT = 'recommendedAt',
  STATUS = 'status',
}
registerEnumType(MentorSortField, { name: 'MentorSortField' });

@InputType()
export class MentorSortInput {
  @Field(() => MentorSortField)
  field!: MentorSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}

export enum PoolSortField {
  NAME = 'name',
  DISCIPLINE = 'discipline',
}
registerEnumType(PoolSortField, { name: 'PoolSortField' });

@InputType()
export class PoolSortInput {
  @Field(() => PoolSortField)
  field!: PoolSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}
