import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DisciplineType, UniversityType } from '../cycles/index.js';

/**
 * A mentor as the public sees them in the directory (导师风采): a whitelist. Never e-mail, team,
 * capacity, status history or account ids.
 */
@ObjectType('PublicMentor', { simpleResolvers: true, description: 'A mentor approved for a cycle, as the public sees them' })
export class PublicMentorType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Professional title as printed, e.g. 教授; may be empty' })
  title!: string;

  @Field(() => UniversityType)
  university!: UniversityType;

  @Field(() => DisciplineType)
  discipline!: DisciplineType;

  @Field(() => [String], { description: 'Chinese names of the R-MENTOR-1 honours held' })
  honours!: string[];

  @Field(() => [String], { description: 'Research fields (研究方向), in Chinese' })
  researchFields!: string[];

  @Field(() => String, { description: 'The short public profile (导师简介)' })
  profile!: string;

  @Field(() => String, { nullable: true, description: 'Address of the photo; null shows the initial' })
  photoUrl!: string | null;
}

@ObjectType('MentorDirectoryPage', { simpleResolvers: true })
export class MentorDirectoryPageType {
  @Field(() => [PublicMentorType], { description: 'By discipline (in the cycle\'s order), then name' })
  rows!: PublicMentorType[];

  @Field(() => Int)
  total!: number;
}
