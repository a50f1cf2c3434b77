import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { PageInput } from '../../graphql/page.js';
import { findPublicMentor, listDirectory } from './mentor-directory.service.js';
import { MentorDirectoryPageType, PublicMentorType } from './public-mentor.type.js';

@Resolver()
export class MentorDirectoryResolver {
  @Query(() => MentorDirectoryPageType, {
    description: "The mentor directory (导师风采): the cycle's approved mentors, by discipline then name. Public.",
  })
  mentorDirectory(
    @Ctx() { em, caches }: Context,
    @Arg('year', () => Int) year: number,
    @Arg('disciplineCode', () => String, { nullable: true }) disciplineCode: string | null,
    @Arg('search', () => String, { nullable: true, description: 'Part of a name or research field; at most 50 characters' }) search: string | null,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null,
  ): Promise<MentorDirectoryPageType> {
    return listDirectory(em, caches, { year, disciplineCode, search }, page);
  }

  @Query(() => PublicMentorType, { description: "A mentor's public page, while approved for the cycle. Public." })
  publicMentor(@Ctx() { em, caches }: Context, @Arg('id', () => ID) id: string, @Arg('year', () => Int) year: number): Promise<PublicMentorType> {
    return findPublicMentor(em, caches, id, year);
  }
}
