import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { canCarryOver } from '@yingcai/domain/mentors';
import type { Context } from '../../graphql/context.js';
import { AppError, ruleViolation } from '../../graphql/errors.js';
import { checkPage } from '../../graphql/page.js';
import { audit } from '../audit/index.js';
import { containsPattern } from './like.js';
import { EXPORT_LIMIT } from './mentor-list.service.js';
import { requireMay } from '../../graphql/access.js';
import { MentorAppointment } from './mentor-appointment.entity.js';
import { Mentor } from './mentor.entity.js';
import { notifyMentorDecision } from './mentor-notices.js';
import { loadCycle } from '../cycles/index.js';

const MAX_CARRY_OVER = 200;

export interface PoolFilter {
  year: number;
  /** By discipline then name unless told. */
  sort?: { field: 'name' | 'discipline'; direction: 'asc' | 'desc' } | null;
  disciplineCode?: string | null;
  search?: string | null;
}

/** R-MENTOR-3: the mentor pool seen from a cycle: every mentor approved for an earlier one, with the years served. */
export async function listPool(ctx: Context, filter: PoolFilter, page: { page: number; pageSize: number } | null) {
  const { limit, offset } = checkPage(page);
  const [mentors, total] = await ctx.em.findAndCount(Mentor, poolWhere(ctx, filter), { ...poolOptions(filter), limit, offset });
  return { rows: await withHistory(ctx.em, mentors, filter.year), total };
}

/** The whole pool as the list filters it, for the Excel export. */
export async function allPool(ctx: Context, filter: PoolFilter) {
  const mentors = await ctx.em.find(Mentor, poolWhere(ctx, filter), { ...poolOptions(filter), limit: EXPORT_LIMIT });
  return withHistory(ctx.em, mentors, filter.year);
}

function poolOptions({ sort }: PoolFilter) {
  const dir = sort?.direction ?? 'asc';
  const order = sort?.field === 'name' ? { name: dir, disciplineCode: 'asc' as const } : { disciplineCode: dir, name: 'asc' as const };
  return { populate: ['university'] as const, orderBy: [order, { id: 'asc' as const }] };
}

function poolWhere(ctx: Context, filter: PoolFilter): FilterQuery<Mentor> {
  requireMay(ctx, 'mentor.carry_over', { kind: 'programme' });
  const where: FilterQuery<Mentor> = { appointments: { status: 'approved', cycle: { year: { $lt: filter.year } } } };
  if (filter.disciplineCode) where.disciplineCode = filter.disciplineCode;
  if (filter.search?.trim()) where.searchText = { $like: containsPattern(filter.search) };
  return where;
}

async function withHistory(em: EntityManager, mentors: Mentor[], year: number) {
  const history = await historyOf(em, mentors.map((m) => m.id));
  return mentors.map((mentor) => {
    const appointments = history.filter((a) => a.mentor.id === mentor.id);
    return { mentor, servedYears: servedYears(appointments, year), inCycle: appointments.some((a) => a.cycle.getEntity().year === year) };
  });
}

/** R-MENTOR-3: takes pool mentors into the cycle without a new recommendation, all or none; their earlier cycles stay as they were. */
export async function carryOverMentors(ctx: Context, input: { year: number; mentorIds: string[] }): Promise<MentorAppointment[]> {
  requireMay(ctx, 'mentor.carry_over', { kind: 'programme' });
  const ids = [...new Set(input.mentorIds)];
  if (ids.length === 0 || ids.length > MAX_CARRY_OVER) throw new AppError('BAD_USER_INPUT', `take 1 to ${MAX_CARRY_OVER} mentors at a time`, { field: 'mentorIds' });
  const created = await ctx.em.transactional(async (em) => {
    const cycle = await loadCycle(em, input.year);
    const found = await em.find(Mentor, { id: { $in: ids } });
    const mentors = ids.map((id) => found.find((m) => m.id === id)).filter((m): m is Mentor => !!m);
    if (mentors.length !== ids.length) throw new AppError('NOT_FOUND', 'some of these mentors are not in the mentor pool');
    const history = await historyOf(em, ids);
    const violations = mentors.flatMap((mentor) => {
      const appointments = history.filter((a) => a.mentor.id === mentor.id);
      return canCarryOver({
        servedCycleYears: servedYears(appointments, Infinity),
        targetYear: input.year,
        alreadyInTarget: appointments.some((a) => a.cycle.getEntity().year === input.year),
      }).map((v) => ({ ...v, message: `${mentor.name}: ${v.message}` }));
    });
    if (violations.length > 0) throw ruleViolation(violations);
    const appointments = mentors.map((mentor) => {
      const last = latestApproved(history.filter((a) => a.mentor.id === mentor.id))!;
      return em.create(MentorAppointment, {
        cycle, mentor, status: 'approved', capacity: last.capacity, team: last.team, recommendedAt: ctx.now, recommendedBy: ctx.actor!.accountId,
        approvedAt: ctx.now, decidedBy: ctx.actor!.accountId, carriedOverFrom: last.cycle.getEntity().year,
      });
    });
    for (const appointment of appointments) {
      audit(em, ctx, { action: 'mentor.carry_over', subjectType: 'mentor', subjectId: appointment.mentor.id, as: 'office_staff' });
      await notifyMentorDecision(em, ctx, appointment);
    }
    return appointments;
  });
  ctx.caches.mentorDirectory.clear();
  return created;
}

const historyOf = (em: EntityManager, mentorIds: string[]) =>
  em.find(MentorAppointment, { mentor: { $in: mentorIds } }, { populate: ['cycle'], orderBy: { cycle: { year: 'desc' } } });

const servedYears = (appointments: MentorAppointment[], before: number): number[] =>
  appointments.filter((a) => a.status === 'approved' && a.cycle.getEntity().year < before).map((a) => a.cycle.getEntity().year);

const latestApproved = (appointments: MentorAppointment[]) => appointments.find((a) => a.status === 'approved');
