import { maskPhone } from '@yingcai/domain/privacy';
import type { GuidanceTeam, Person } from '@yingcai/domain/schools';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { PageInput } from '../../graphql/page.js';
import type { Participation } from './participation.entity.js';
import * as participations from './participation.service.js';
import { GuidanceTeamInput, ParticipationPageType, ParticipationSortInput, ParticipationStatusValue, ParticipationType, type TeamPersonType } from './participation.type.js';

const maskPerson = (person: Person | null): TeamPersonType | null =>
  person && { name: person.name, phone: maskPhone(person.phone), title: person.title ?? null };

/** Team phones leave the server masked, in lists and details alike. */
function toParticipationType(p: Participation): ParticipationType {
  const school = p.school.getEntity();
  return {
    id: p.id,
    school: { id: school.id, name: school.name, districtCode: school.districtCode },
    status: p.status as ParticipationStatusValue,
    team: {
      leader: maskPerson(p.team.leader),
      contact: maskPerson(p.team.contact),
      teachers: p.team.teachers.map((t) => ({ disciplineCode: t.disciplineCode, person: maskPerson(t.person)! })),
    },
    submittedAt: p.submittedAt,
    decidedAt: p.decidedAt,
    rejectionReason: p.rejectionReason,
    version: p.version,
  };
}

const toTeam = (input: GuidanceTeamInput): GuidanceTeam => ({
  leader: input.leader ?? null,
  contact: input.contact ?? null,
  teachers: input.teachers,
});

@Resolver()
export class ParticipationResolver {
  @Authorized()
  @Query(() => ParticipationPageType, { description: "Schools' participation in a cycle: all for the office, their own for a school coordinator" })
  async participations(
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
    @Arg('status', () => ParticipationStatusValue, { nullable: true }) status: ParticipationStatusValue | null,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null,
    @Arg('sort', () => ParticipationSortInput, { nullable: true }) sort: ParticipationSortInput | null,
  ): Promise<ParticipationPageType> {
    const { rows, total } = await participations.listParticipations(ctx, { year, status }, page, sort ?? undefined);
    return { rows: rows.map(toParticipationType), total };
  }

  @Authorized()
  @Mutation(() => ParticipationType, { description: 'R-SCOPE-3, R-ORG-2: a school coordinator applies for their school in the window' })
  async submitParticipation(
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
    @Arg('schoolId', () => ID) schoolId: string,
    @Arg('team', () => GuidanceTeamInput) team: GuidanceTeamInput,
  ): Promise<ParticipationType> {
    return toParticipationType(await participations.submitParticipation(ctx, { year, schoolId, team: toTeam(team) }));
  }

  @Authorized('participation.decide')
  @Mutation(() => ParticipationType, { description: 'The office approves, or rejects with a reason the school sees' })
  async decideParticipation(
    @Ctx() ctx: Context,
    @Arg('id', () => Int) id: number,
    @Arg('approve', () => Boolean) approve: boolean,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
  ): Promise<ParticipationType> {
    return toParticipationType(await participations.decide(ctx, { id, approve, version, reason }));
  }
}
