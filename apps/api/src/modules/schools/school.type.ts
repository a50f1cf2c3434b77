import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../graphql/sort.js';

/** 学校类型 (domain SCHOOL_TYPES). */
export enum SchoolTypeValue {
  SENIOR_HIGH = 'senior_high',
  COMPLETE = 'complete',
  THROUGH = 'through',
  OTHER = 'other',
}
registerEnumType(SchoolTypeValue, { name: 'SchoolType', description: '学校类型: 高级中学, 完全中学, 一贯制学校, 其他' });

/** 办学性质 (domain SCHOOL_OWNERSHIPS). */
export enum SchoolOwnershipValue {
  PUBLIC = 'public',
  PRIVATE = 'private',
}
registerEnumType(SchoolOwnershipValue, { name: 'SchoolOwnership', description: '办学性质: 公办 or 民办' });

export enum SchoolSortField {
  NAME = 'name',
  DISTRICT = 'districtCode',
}
registerEnumType(SchoolSortField, { name: 'SchoolSortField' });

@ObjectType('School', { simpleResolvers: true, description: "A school of the office's register (学校名录)" })
export class RegisteredSchoolType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Administrative division code of its district' })
  districtCode!: string;

  @Field(() => String, { nullable: true, description: "The district's name in the province's districts table" })
  districtName!: string | null;

  @Field(() => SchoolTypeValue)
  schoolType!: SchoolTypeValue;

  @Field(() => SchoolOwnershipValue)
  ownership!: SchoolOwnershipValue;
}

@ObjectType('SchoolPage', { simpleResolvers: true })
export class SchoolPageType {
  @Field(() => [RegisteredSchoolType])
  rows!: RegisteredSchoolType[];

  @Field(() => Int)
  total!: number;
}

@InputType()
export class SchoolFilterInput {
  @Field(() => String, { nullable: true, description: 'Part of the name' })
  name?: string | null;

  @Field(() => String, { nullable: true })
  districtCode?: string | null;

  @Field(() => SchoolTypeValue, { nullable: true })
  schoolType?: SchoolTypeValue | null;

  @Field(() => SchoolOwnershipValue, { nullable: true })
  ownership?: SchoolOwnershipValue | null;
}

@InputType()
export class SchoolSortInput {
  @Field(() => SchoolSortField)
  field!: SchoolSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}

@InputType()
export class SchoolInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: "A code of the province's districts table, e.g. 140105" })
  districtCode!: string;

  @Field(() => SchoolTypeValue)
  schoolType!: SchoolTypeValue;

  @Field(() => SchoolOwnershipValue)
  ownership!: SchoolOwnershipValue;
}
