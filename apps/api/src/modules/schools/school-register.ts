import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { DistrictEntry, SchoolRow, SchoolRowProblem } from '@yingcai/domain/schools';
import { AppError } from '../../graphql/errors.js';
import { Cycle, District } from '../cycles/index.js';
import type { School } from './school.entity.js';

/**
 * The districts a school of the register may be in: the districts tables of every cycle of the
 * newest cycle's province, each code once.
 */
export async function provinceDistricts(em: EntityManager): Promise<DistrictEntry[]> {
  const [newest] = await em.find(Cycle, {}, { orderBy: { year: 'desc', province: 'asc' }, limit: 1 });
  if (!newest) return [];
  const rows = await em.find(District, { cycle: { province: newest.province } }, { orderBy: { code: 'asc' } });
  const byCode = new Map(rows.map((d) => [d.code, { code: d.code, name: d.name }]));
  return [...byCode.values()];
}

/** A row the domain refused, as BAD_USER_INPUT naming each field and its reason code. */
export function badSchoolRow(problems: SchoolRowProblem[]): AppError {
  const message = problems.map((p) => `${p.field}: ${p.reason}`).join('; ');
  return new AppError('BAD_USER_INPUT', message, { field: problems[0]!.field, problems });
}

export const duplicateName = (name: string): AppError =>
  new AppError('CONFLICT', `a school named ${name} is already in the register`, { field: 'name' });

export const toSchoolRow = (school: School): SchoolRow => ({
  name: school.name,
  districtCode: school.districtCode,
  schoolType: school.schoolType,
  ownership: school.ownership,
});

export interface SchoolFilter {
  name?: string | null;
  districtCode?: string | null;
  schoolType?: string | null;
  ownership?: string | null;
}

/** The register's filters as a query; `%` and `_` in a searched name are dropped, not wildcards. */
export function schoolWhere(filter: SchoolFilter): FilterQuery<School> {
  const where: Record<string, unknown> = {};
  const name = (filter.name ?? '').replace(/[%_\\]/g, '').trim();
  if (name) where.name = { $like: `%${name}%` };
  if (filter.districtCode) where.districtCode = filter.districtCode;
  if (filter.schoolType) where.schoolType = filter.schoolType;
  if (filter.ownership) where.ownership = filter.ownership;
  return where as FilterQuery<School>;
}
