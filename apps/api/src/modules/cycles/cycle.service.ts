import { LoadStrategy, type EntityManager, type FilterQuery, type FindOptions } from '@mikro-orm/core';
import type { ShortLivedCache } from '../../cache/short-lived-cache.js';
import { AppError, notFound } from '../../graphql/errors.js';
import { Cycle } from './cycle.entity.js';
import type { CycleType } from './cycle.type.js';

// Four collections joined in one query multiply into 390 rows a cycle: load each by its own select.
// Cycles are public and these answers are cached for everyone: never confined to one office's province.
const WHOLE_CYCLE = {
  filters: false,
  populate: ['disciplines', 'districts', 'milestones', 'universities'],
  strategy: LoadStrategy.SELECT_IN,
  orderBy: { year: 'desc', province: 'asc' },
} satisfies FindOptions<Cycle, 'disciplines' | 'districts' | 'milestones' | 'universities'>;

export interface CycleFilter {
  year?: number | null;
  province?: string | null;
}

/** The cycle of a year (or the newest one); a year with cycles in several provinces needs the province. */
export function findCycle(em: EntityManager, cache: ShortLivedCache, filter: CycleFilter): Promise<CycleType> {
  return cache.read(`cycle:${filter.year ?? ''}:${filter.province ?? ''}`, () => loadCycleType(em, filter));
}

export function listCycles(em: EntityManager, cache: ShortLivedCache): Promise<CycleType[]> {
  return cache.read('cycles', async () => (await em.find(Cycle, {}, WHOLE_CYCLE)).map(toCycleType));
}

async function loadCycleType(em: EntityManager, filter: CycleFilter): Promise<CycleType> {
  const where: FilterQuery<Cycle> = {};
  if (filter.year != null) where.year = filter.year;
  if (filter.province != null) where.province = filter.province;
  const found = await em.find(Cycle, where, { ...WHOLE_CYCLE, limit: 2 });
  const [first, second] = found;
  if (!first) throw notFound(describeMissing(filter));
  if (second && filter.year != null && second.year === first.year) {
    throw new AppError('BAD_USER_INPUT', `several provinces run a cycle in ${first.year}: give the province`);
  }
  return toCycleType(first);
}

function describeMissing(filter: CycleFilter): string {
  if (filter.year == null && filter.province == null) return 'no programme cycle exists yet';
  const where = [filter.year ?? '', filter.province ?? ''].filter(String).join(' ');
  return `no programme cycle for ${where}`;
}

export function toCycleType(cycle: Cycle): CycleType {
  return {
    id: String(cycle.id),
    year: cycle.year,
    province: cycle.province,
    name: cycle.name,
    disciplines: cycle.disciplines.map(({ code, name }) => ({ code, name })),
    universities: cycle.universities
      .getItems()
      .sort((a, b) => a.id - b.id)
      .map(({ name }) => ({ name })),
    districts: cycle.districts.map(({ code, name }) => ({ code, name })),
    milestones: cycle.milestones.map(({ key, name, startsOn, endsOn }) => ({ key, name, startsOn, endsOn })),
    contact: cycle.contact,
    rules: {
      subjectRankTopPercent: cycle.subjectRankTopPercent,
      overallRankTopPercent: cycle.overallRankTopPercent,
      interviewRatio: cycle.interviewRatio,
      minAdmissions: cycle.minAdmissions,
      minTrainingSessions: cycle.minTrainingSessions,
      maxMentorChoices: cycle.maxMentorChoices,
      assessmentWeight: cycle.assessmentWeight,
      interviewWeight: cycle.interviewWeight,
      publicNoticeDays: cycle.publicNoticeDays,
    },
  };
}

type CycleRelation = 'disciplines' | 'districts' | 'milestones' | 'universities';

/**
 * The one lookup of a cycle by year (lint refuses any other): NOT_FOUND when there is none, and
 * BAD_USER_INPUT when several provinces run one that year, instead of silently reading one of them.
 */
export async function loadCycle(em: EntityManager, year: number, populate: readonly CycleRelation[] = ['disciplines', 'milestones', 'universities']): Promise<Cycle> {
  const found = await em.find(Cycle, { year }, { populate: [...populate], limit: 2 });
  if (found.length > 1) throw new AppError('BAD_USER_INPUT', `several provinces run a cycle in ${year}: name the cycle by its id`, { reason: 'AMBIGUOUS_CYCLE' });
  if (!found[0]) throw notFound(`no programme cycle for ${year}`);
  return found[0];
}

/** The cycle an argument names by id; NOT_FOUND for an id that names none (or is not a number). */
export async function cycleById(em: EntityManager, cycleId: string): Promise<Cycle> {
  const id = Number(cycleId);
  const cycle = Number.isSafeInteger(id) ? await em.findOne(Cycle, { id }) : null;
  if (!cycle) throw notFound(`no programme cycle ${cycleId}`);
  return cycle;
}
