import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { listParticipatingSchools } from './participating-school.service.js';
import { ParticipatingSchoolType } from './participating-school.type.js';

@Resolver()
export class ParticipatingSchoolResolver {
  @Query(() => [ParticipatingSchoolType], {
    description: "The cycle's participating schools (参与中学), approved by the office, by name; for the eligibility self-check. Public.",
  })
  participatingSchools(@Ctx() { em, caches }: Context, @Arg('year', () => Int) year: number): Promise<ParticipatingSchoolType[]> {
    return listParticipatingSchools(em, caches, year);
  }
}
