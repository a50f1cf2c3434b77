import type { EntityManager } from '@mikro-orm/core';
import { maskIdNumber, maskPhone } from '@yingcai/domain/privacy';
import { readRows } from '../../orm/read-rows.js';
import { Mentor } from '../mentors/index.js';
import type { ApplicationMaterialType } from './application-material.type.js';
import type { GenderValue } from './application-fields.type.js';
import { materialsOf } from './material-read.service.js';
import type { StaffApplicationType } from './staff-application.type.js';
import type { ApplicationRow } from './staff-rows.js';

export type MentorsById = ReadonlyMap<string, Mentor>;

/** The mentors chosen on a page of applications, in one query whatever the page size. */
export async function chosenMentorsOf(em: EntityManager, rows: readonly Pick<ApplicationRow, 'mentorChoices'>[]): Promise<MentorsById> {
  const ids = [...new Set(rows.flatMap((row) => row.mentorChoices.map((choice) => choice.mentorId)))];
  const mentors = ids.length === 0 ? [] : await em.find(Mentor, { id: { $in: ids } });
  return new Map(mentors.map((mentor) => [mentor.id, mentor]));
}

/** What a page of applications shows beside their own columns: the chosen mentors, the materials, school names and years. */
export interface PageRelations {
  mentors: MentorsById;
  materials: ReadonlyMap<number, ApplicationMaterialType[]>;
  schoolNames: ReadonlyMap<string, string>;
  years: ReadonlyMap<number, number>;
}

/** A page's relations, one query each whatever the page size. */
export async function relationsOf(em: EntityManager, rows: readonly ApplicationRow[]): Promise<PageRelations> {
  const schoolIds = [...new Set(rows.map((row) => row.school).filter((id): id is string => id !== null))];
  const cycleIds = [...new Set(rows.map((row) => row.cycle))];
  const schools = await byIds<{ id: string; name: string }>(em, 'select id, name from school', schoolIds);
  const cycles = await byIds<{ id: number; year: number }>(em, 'select id, year from cycle', cycleIds);
  return {
    mentors: await chosenMentorsOf(em, rows),
    materials: await materialsOf(em, rows),
    schoolNames: new Map(schools.map((school) => [school.id, school.name])),
    years: new Map(cycles.map((cycle) => [Number(cycle.id), cycle.year])),
  };
}

const byIds = async <T>(em: EntityManager, select: string, ids: readonly (string | number)[]): Promise<T[]> =>
  ids.length === 0 ? [] : readRows<T>(em, `${select} where id in (${ids.map(() => '?').join(', ')})`, [...ids]);

/** What the school and the office see of an application: contact and ID numbers masked. */
export function toStaffApplication(row: ApplicationRow, { mentors, materials, schoolNames, years }: PageRelations): StaffApplicationType {
  return {
    ...row,
    materials: materials.get(row.id) ?? [],
    id: String(row.id),
    year: years.get(row.cycle)!,
    gender: row.gender as GenderValue | null,
    idNumber: row.idNumber && maskIdNumber(row.idNumber),
    phone: row.phone && maskPhone(row.phone),
    schoolId: row.school,
    schoolName: row.school ? (schoolNames.get(row.school) ?? null) : null,
    mentors: [...row.mentorChoices].sort((a, b) => a.rank - b.rank).map(({ mentorId, rank }) => {
      const mentor = mentors.get(mentorId);
      return { mentorId, rank, name: mentor?.name ?? null, disciplineCode: mentor?.disciplineCode ?? null };
    }),
  };
}

/** Rows of a staff list, or applications just decided (`rowOf`), as the school and the office see them. */
export async function staffViews(em: EntityManager, rows: readonly ApplicationRow[]): Promise<StaffApplicationType[]> {
  const related = await relationsOf(em, rows);
  return rows.map((row) => toStaffApplication(row, related));
}
