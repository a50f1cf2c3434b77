import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum ScopeKindValue {
  SCHOOL = 'school',
  MENTOR = 'mentor',
  UNIVERSITY = 'university',
  PROVINCE = 'province',
}
registerEnumType(ScopeKindValue, { name: 'ScopeKind', description: 'What a bound role is bound to' });

@ObjectType('BindingTarget', { simpleResolvers: true })
export class BindingTargetType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}
