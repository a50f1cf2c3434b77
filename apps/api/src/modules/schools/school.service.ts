import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { can } from '@yingcai/domain/access';
import { checkSchoolRow, type DistrictEntry, type SchoolRow } from '@yingcai/domain/schools';
import type { Context } from '../../graphql/context.js';
import { AppError, notFound } from '../../graphql/errors.js';
import { checkPage } from '../../graphql/page.js';
import { audit } from '../audit/index.js';
import { School } from './school.entity.js';
import { badSchoolRow, duplicateName, provinceDistricts, schoolWhere, type SchoolFilter } from './school-register.js';

export interface SchoolSort {
  field: 'name' | 'districtCode';
  direction: 'asc' | 'desc';
}

/** The office manages the register: the same check for the console, the API and the Excel files. */
export function refuseUnlessOffice(ctx: Pick<Context, 'actor'>): void {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'sign in first');
  if (!can(ctx.actor, 'school.manage', { kind: 'programme' }).allowed) throw new AppError('FORBIDDEN', 'school.manage is not allowed for this account');
}

const orderOf = (sort: SchoolSort | null | undefined) => {
  const { field, direction } = sort ?? { field: 'name', direction: 'asc' };
  return field === 'name' ? { name: direction, id: 'asc' } : { districtCode: direction, name: 'asc', id: 'asc' };
};

export interface SchoolListing {
  rows: School[];
  total: number;
  districts: DistrictEntry[];
}

/** 学校名录: one page of the register, filtered and sorted by the server. */
export async function listSchools(ctx: Context, filter: SchoolFilter, sort: SchoolSort | null, page: { page: number; pageSize: number } | null): Promise<SchoolListing> {
  refuseUnlessOffice(ctx);
  const { limit, offset } = checkPage(page);
  const [rows, total] = await ctx.em.findAndCount(School, schoolWhere(filter), { orderBy: orderOf(sort) as never, limit, offset });
  return { rows, total, districts: await provinceDistricts(ctx.em) };
}

/** Every school the filters match, for the export: no page. */
export async function allSchools(ctx: Context, filter: SchoolFilter, sort: SchoolSort | null): Promise<Omit<SchoolListing, 'total'>> {
  refuseUnlessOffice(ctx);
  const rows = await ctx.em.find(School, schoolWhere(filter), { orderBy: orderOf(sort) as never });
  return { rows, districts: await provinceDistricts(ctx.em) };
}

async function checkedRow(em: EntityManager, input: { name: string; districtCode: string; schoolType: string; ownership: string }): Promise<SchoolRow> {
  const checked = checkSchoolRow({ ...input, district: input.districtCode }, await provinceDistricts(em));
  // By code only: a name is for the import, where the office types what Excel holds.
  if (checked.ok && checked.value.districtCode !== input.districtCode.trim()) throw badSchoolRow([{ field: 'district', reason: 'district.unknown' }]);
  if (!checked.ok) throw badSchoolRow(checked.error);
  return checked.value;
}

async function refuseDuplicate(em: EntityManager, name: string, exceptId?: string): Promise<void> {
  const same = await em.findOne(School, { name });
  if (same && same.id !== exceptId) throw duplicateName(name);
}

/** A race between two staff adding the same name ends at the unique index: still a CONFLICT. */
async function savingUnique<T>(name: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw duplicateName(name);
    throw error;
  }
}

export async function createSchool(ctx: Context, input: SchoolRow): Promise<School> {
  refuseUnlessOffice(ctx);
  const row = await checkedRow(ctx.em, input);
  return savingUnique(row.name, () =>
    ctx.em.transactional(async (em) => {
      await refuseDuplicate(em, row.name);
      const school = em.create(School, row);
      audit(em, ctx, { action: 'school.create', subjectType: 'school', subjectId: school.id, as: 'office_staff' });
      return school;
    }),
  );
}

export async function updateSchool(ctx: Context, id: string, input: SchoolRow): Promise<School> {
  refuseUnlessOffice(ctx);
  const row = await checkedRow(ctx.em, input);
  return savingUnique(row.name, () =>
    ctx.em.transactional(async (em) => {
      const school = await em.findOne(School, { id });
      if (!school) throw notFound(`no school ${id}`);
      await refuseDuplicate(em, row.name, id);
      em.assign(school, row);
      audit(em, ctx, { action: 'school.update', subjectType: 'school', subjectId: school.id, as: 'office_staff' });
      return school;
    }),
  );
}
