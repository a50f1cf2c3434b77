import type { ObjectQuery, QueryOrderMap } from '@mikro-orm/core';
import { can, type Actor } from '@yingcai/domain/access';
import type { MentorStatus } from '@yingcai/domain/mentors';
import type { Context } from '../../graphql/context.js';
import { AppError } from '../../graphql/errors.js';
import { checkPage } from '../../graphql/page.js';
import { containsPattern } from './like.js';
import { boundIds, signedIn } from '../../graphql/access.js';
import { MentorAppointment } from './mentor-appointment.entity.js';

export interface AppointmentFilter {
  year: number;
  status?: MentorStatus | null;
  disciplineCode?: string | null;
  search?: string | null;
}

export type AppointmentSort = 'name' | 'discipline' | 'recommendedAt' | 'status';

const ORDER: Record<AppointmentSort, (dir: 'asc' | 'desc') => QueryOrderMap<MentorAppointment>> = {
  name: (dir) => ({ mentor: { name: dir } }),
  discipline: (dir) => ({ mentor: { disciplineCode: dir, name: 'asc' } }),
  recommendedAt: (dir) => ({ recommendedAt: dir }),
  status: (dir) => ({ status: dir, mentor: { name: 'asc' } }),
};

/** The office sees every candidate of the cycle; a university coordinator their university's; a mentor their own. */
export async function listAppointments(
  ctx: Context,
  filter: AppointmentFilter,
  page: { page: number; pageSize: number } | null,
  sort: AppointmentOrder = DEFAULT_ORDER,
) {
  const { limit, offset } = checkPage(page);
  const [rows, total] = await ctx.em.findAndCount(MentorAppointment, whereOf(ctx, filter), { ...findOptions(sort), limit, offset });
  return { rows, total };
}

/** Every row the list would page through, for the Excel export (at most EXPORT_LIMIT). */
export async function allAppointments(ctx: Context, filter: AppointmentFilter, sort: AppointmentOrder = DEFAULT_ORDER) {
  return ctx.em.find(MentorAppointment, whereOf(ctx, filter), { ...findOptions(sort), limit: EXPORT_LIMIT });
}

export const EXPORT_LIMIT = 5000;

export interface AppointmentOrder {
  by: AppointmentSort;
  descending: boolean;
}

const DEFAULT_ORDER: AppointmentOrder = { by: 'recommendedAt', descending: true };

const findOptions = (sort: AppointmentOrder) => ({
  populate: ['mentor', 'mentor.university', 'cycle'] as const,
  orderBy: [ORDER[sort.by](sort.descending ? 'desc' : 'asc'), { id: 'asc' as const }],
});

function whereOf(ctx: Context, filter: AppointmentFilter): ObjectQuery<MentorAppointment> {
  const where: ObjectQuery<MentorAppointment> = { cycle: { year: filter.year }, ...scopeOf(signedIn(ctx)) };
  if (filter.status) where.status = filter.status;
  const mentor: Record<string, unknown> = {};
  if (filter.disciplineCode) mentor.disciplineCode = filter.disciplineCode;
  if (filter.search?.trim()) mentor.searchText = { $like: containsPattern(filter.search) };
  if (Object.keys(mentor).length > 0) where.mentor = mentor;
  return where;
}

function scopeOf(actor: Actor): ObjectQuery<MentorAppointment> {
  if (can(actor, 'mentor.read', { kind: 'programme' }).allowed) return {};
  const universities = boundIds(actor, 'university_coordinator').map(Number);
  const mentors = boundIds(actor, 'mentor');
  if (universities.length === 0 && mentors.length === 0) throw new AppError('FORBIDDEN', 'mentor.read is not allowed for this account');
  return { $or: [{ mentor: { university: { $in: universities } } }, { mentor: { id: { $in: mentors } } }] };
}
