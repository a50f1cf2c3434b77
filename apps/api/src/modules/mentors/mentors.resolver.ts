import { mentorWarnings, type MentorStatus } from '@yingcai/domain/mentors';
import { maskEmail } from '@yingcai/domain/privacy';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { SortDirection } from '../../graphql/sort.js';
import { PageInput } from '../../graphql/page.js';
import { decideMentor } from './approval.service.js';
import type { MentorAppointment } from './mentor-appointment.entity.js';
import { MentorAppointmentPageType, MentorAppointmentType, PoolMentorPageType, type MentorRecordType, type MentorStatusValue } from './mentor-appointment.type.js';
import type { Mentor } from './mentor.entity.js';
import { photoUrlOf } from './mentor-photo.service.js';
import { MentorAppointmentFilter, MentorDataInput, MentorSortInput, PoolSortInput, RecommendMentorInput } from './mentor.input.js';
import { listAppointments, type AppointmentSort } from './mentor-list.service.js';
import { carryOverMentors, listPool } from './pool.service.js';
import { confirmMentor, recommendMentor, updateMentorData } from './recommendation.service.js';


const toRecord = (mentor: Mentor): MentorRecordType => ({
  id: mentor.id,
  name: mentor.name,
  university: { name: mentor.university.getEntity().name },
  disciplineCode: mentor.disciplineCode,
  title: mentor.title,
  honours: mentor.honours,
  researchFields: mentor.researchFields,
  profile: mentor.profile,
  email: mentor.email && maskEmail(mentor.email),
  photoUrl: mentor.photo && photoUrlOf(mentor.photo),
});

function toAppointment(appointment: MentorAppointment): MentorAppointmentType {
  const mentor = appointment.mentor.getEntity();
  return {
    ...appointment,
    year: appointment.cycle.getEntity().year,
    mentor: toRecord(mentor),
    status: appointment.status as MentorStatusValue,
    team: appointment.team as MentorAppointmentType['team'],
    warnings: mentorWarnings({ honours: mentor.honours, team: appointment.team }).map((w) => ({ ...w, subject: w.subject ?? null })),
  };
}

@Resolver()
export class MentorsResolver {
  @Authorized()
  @Query(() => MentorAppointmentPageType, { description: 'Mentor candidates and mentors of a cycle: all for the office, their university’s for a university coordinator, their own for a mentor' })
  async mentorAppointments(
    @Ctx() ctx: Context,
    @Arg('filter', () => MentorAppointmentFilter) filter: MentorAppointmentFilter,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null,
    @Arg('sort', () => MentorSortInput, { nullable: true }) sort: MentorSortInput | null,
  ): Promise<MentorAppointmentPageType> {
    const { rows, total } = await listAppointments(
      ctx,
      { ...filter, status: filter.status as MentorStatus | null },
      page,
      sort ? { by: sort.field as AppointmentSort, descending: sort.direction === SortDirection.DESC } : undefined,
    );
    return { rows: rows.map(toAppointment), total };
  }

  @Authorized('mentor.carry_over')
  @Query(() => PoolMentorPageType, { description: 'R-MENTOR-3: the mentor pool — mentors of cycles before this year' })
  async mentorPool(
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
    @Arg('disciplineCode', () => String, { nullable: true }) disciplineCode: string | null,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null,
    @Arg('sort', () => PoolSortInput, { nullable: true }) sort: PoolSortInput | null,
  ): Promise<PoolMentorPageType> {
    const { rows, total } = await listPool(ctx, { year, disciplineCode, search, sort }, page);
    return { rows: rows.map((row) => ({ ...row, mentor: toRecord(row.mentor) })), total };
  }

  @Authorized()
  @Mutation(() => MentorAppointmentType, { description: 'R-MENTOR-2: a university coordinator recommends a candidate in the window; the candidate is invited to confirm' })
  async recommendMentor(@Ctx() ctx: Context, @Arg('input', () => RecommendMentorInput) input: RecommendMentorInput): Promise<MentorAppointmentType> {
    return toAppointment(await recommendMentor(ctx, input));
  }

  @Authorized()
  @Mutation(() => MentorAppointmentType, { description: 'The mentor (or their university) completes the data while it is recommended' })
  async updateMentorData(
    @Ctx() ctx: Context,
    @Arg('id', () => Int) id: number,
    @Arg('version', () => Int) version: number,
    @Arg('data', () => MentorDataInput) data: MentorDataInput,
  ): Promise<MentorAppointmentType> {
    return toAppointment(await updateMentorData(ctx, { id, version, data }));
  }

  @Authorized()
  @Mutation(() => MentorAppointmentType, { description: 'R-MENTOR-2: the mentor confirms their own data' })
  async confirmMentor(@Ctx() ctx: Context, @Arg('id', () => Int) id: number, @Arg('version', () => Int) version: number): Promise<MentorAppointmentType> {
    return toAppointment(await confirmMentor(ctx, { id, version }));
  }

  @Authorized()
  @Mutation(() => MentorAppointmentType, { description: 'R-MENTOR-2: the university, then the office, approves; either rejects with a reason' })
  async decideMentor(
    @Ctx() ctx: Context,
    @Arg('id', () => Int) id: number,
    @Arg('version', () => Int) version: number,
    @Arg('approve', () => Boolean) approve: boolean,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
  ): Promise<MentorAppointmentType> {
    return toAppointment(await decideMentor(ctx, { id, version, approve, reason }));
  }

  @Authorized('mentor.carry_over')
  @Mutation(() => [MentorAppointmentType], { description: 'R-MENTOR-3: takes mentors of the pool into the cycle, all or none' })
  async carryOverMentors(
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
    @Arg('mentorIds', () => [ID]) mentorIds: string[],
  ): Promise<MentorAppointmentType[]> {
    return (await carryOverMentors(ctx, { year, mentorIds })).map(toAppointment);
  }
}

