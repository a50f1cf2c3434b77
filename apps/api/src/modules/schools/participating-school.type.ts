import { Field, ID, ObjectType } from 'type-graphql';

/** A school approved to take part in a cycle, as the public sees it: no team, no contacts. */
@ObjectType('ParticipatingSchool', { simpleResolvers: true, description: 'A school approved for a cycle (参与中学, R-SCOPE-3); public' })
export class ParticipatingSchoolType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Administrative division code of its district' })
  districtCode!: string;
}
