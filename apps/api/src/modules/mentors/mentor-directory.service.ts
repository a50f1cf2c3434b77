import { LoadStrategy, raw, type EntityManager, type FilterQuery, type Loaded } from '@mikro-orm/core';
import { HONOURS } from '@yingcai/domain/mentors';
import type { Caches } from '../../cache/caches.js';
import { AppError, notFound } from '../../graphql/errors.js';
import { checkPage } from '../../graphql/page.js';
import { findCycle, type CycleType, type DisciplineType } from '../cycles/index.js';
import { directorySearchPattern, LIKE_ESCAPE } from './directory-search.js';
import { MentorAppointment } from './mentor-appointment.entity.js';
import { photoUrlOf } from './mentor-photo.service.js';
import type { Mentor } from './mentor.entity.js';
import type { MentorDirectoryPageType, PublicMentorType } from './public-mentor.type.js';

export interface DirectoryFilter {
  year: number;
  disciplineCode?: string | null;
  search?: string | null;
}

const HONOUR_NAMES: ReadonlyMap<string, string> = new Map(HONOURS.map((h) => [h.code, h.name]));

/** R-APP-3: the mentors approved for a cycle, as applicants choose among them; one page, by discipline then name. */
export async function listDirectory(
  em: EntityManager,
  caches: Caches,
  filter: DirectoryFilter,
  page: { page: number; pageSize: number } | null,
): Promise<MentorDirectoryPageType> {
  const { limit, offset } = checkPage(page);
  const pattern = directorySearchPattern(filter.search);
  const cycle = await findCycle(em, caches.cycles, { year: filter.year });
  const disciplineCode = filter.disciplineCode?.trim() || null;
  if (disciplineCode && !cycle.disciplines.some((d) => d.code === disciplineCode)) {
    throw new AppError('BAD_USER_INPUT', `${cycle.year} has no discipline ${disciplineCode}`);
  }
  const key = JSON.stringify([cycle.year, disciplineCode, pattern, limit, offset]);
  return caches.mentorDirectory.read(key, async () => {
    const mentor: FilterQuery<Mentor> = {};
    if (disciplineCode) mentor.disciplineCode = disciplineCode;
    if (pattern) Object.assign(mentor, { [raw((alias) => `${alias}.search_text like ? escape '${LIKE_ESCAPE}'`, [pattern])]: [] });
    const [appointments, total] = await em.findAndCount(MentorAppointment, approvedIn(cycle.year, mentor), {
      ...PUBLIC_MENTOR,
      orderBy: [{ mentor: { [disciplineOrder(cycle)]: 'asc' } }, { mentor: { name: 'asc', id: 'asc' } }],
      limit,
      offset,
    });
    return { rows: appointments.map((a) => toPublicMentor(a, cycle)), total };
  });
}

/** A mentor's public page: only while they are approved for the cycle. */
export async function findPublicMentor(em: EntityManager, caches: Caches, mentorId: string, year: number): Promise<PublicMentorType> {
  const cycle = await findCycle(em, caches.cycles, { year });
  return caches.mentorDirectory.read(JSON.stringify([cycle.year, 'mentor', mentorId]), async () => {
    const appointment = await em.findOne(MentorAppointment, approvedIn(cycle.year, { id: mentorId }), PUBLIC_MENTOR);
    if (!appointment) throw notFound(`no mentor ${mentorId} in ${cycle.year}`);
    return toPublicMentor(appointment, cycle);
  });
}

/**
 * Mentor and university joined into the page's one statement, whatever its size, and only the
 * public columns: e-mail, team and history are never even read here.
 */
const PUBLIC_MENTOR = {
  populate: ['mentor', 'mentor.university'],
  strategy: LoadStrategy.JOINED,
  fields: ['mentor.name', 'mentor.title', 'mentor.disciplineCode', 'mentor.honours', 'mentor.researchFields', 'mentor.profile', 'mentor.photo', 'mentor.university.name'],
} as const;

function approvedIn(year: number, mentor: FilterQuery<Mentor>): FilterQuery<MentorAppointment> {
  return { cycle: { year }, status: 'approved', mentor };
}

/** The cycle's own order of disciplines (the chips' order), not the codes' alphabet. */
function disciplineOrder(cycle: CycleType): string {
  const codes = cycle.disciplines.map((d) => d.code);
  if (codes.length === 0) return raw('0');
  return raw((alias) => `case ${alias}.discipline_code ${codes.map((_, i) => `when ? then ${i}`).join(' ')} else ${codes.length} end`, codes);
}

type PublicAppointment = Loaded<MentorAppointment, 'mentor' | 'mentor.university', (typeof PUBLIC_MENTOR.fields)[number]>;

function toPublicMentor(appointment: PublicAppointment, cycle: CycleType): PublicMentorType {
  const mentor = appointment.mentor.$;
  return {
    id: mentor.id,
    name: mentor.name,
    title: mentor.title,
    university: { name: mentor.university.$.name },
    discipline: disciplineOf(cycle, mentor.disciplineCode),
    honours: mentor.honours.flatMap((code) => HONOUR_NAMES.get(code) ?? []),
    researchFields: mentor.researchFields,
    profile: mentor.profile,
    photoUrl: mentor.photo ? photoUrlOf(mentor.photo) : null,
  };
}

function disciplineOf(cycle: CycleType, code: string): DisciplineType {
  return cycle.disciplines.find((d) => d.code === code) ?? { code, name: code };
}
