import type { EntityManager } from '@mikro-orm/core';
import { maskIdNumber, maskPhone } from '@yingcai/domain/privacy';
import { Mentor } from '../mentors/index.js';
import type { ApplicationMaterialType } from './application-material.type.js';
import type { Application } from './application.entity.js';
import type { GenderValue } from './application-fields.type.js';
import { materialsOf } from './material-read.service.js';
import type { StaffApplicationType } from './staff-application.type.js';

export type MentorsById = ReadonlyMap<string, Mentor>;

/** The mentors chosen on a page of applications, in one query whatever the page size. */
export async function chosenMentorsOf(em: EntityManager, rows: readonly Application[]): Promise<MentorsById> {
  const ids = [...new Set(rows.flatMap((row) => row.mentorChoices.map((choice) => choice.mentorId)))];
  const mentors = ids.length === 0 ? [] : await em.find(Mentor, { id: { $in: ids } });
  return new Map(mentors.map((mentor) => [mentor.id, mentor]));
}

/** What a page of applications shows beside their own columns: the chosen mentors and the materials. */
export interface PageRelations {
  mentors: MentorsById;
  materials: ReadonlyMap<number, ApplicationMaterialType[]>;
}

/** A page's relations, one query each whatever the page size. */
export async function relationsOf(em: EntityManager, rows: readonly Application[]): Promise<PageRelations> {
  return { mentors: await chosenMentorsOf(em, rows), materials: await materialsOf(em, rows) };
}

/** What the school and the office see of an application: contact and ID numbers masked. */
export function toStaffApplication(application: Application, { mentors, materials }: PageRelations): StaffApplicationType {
  const school = application.school?.getEntity() ?? null;
  return {
    ...application,
    materials: materials.get(application.id) ?? [],
    id: String(application.id),
    year: application.cycle.getEntity().year,
    gender: application.gender as GenderValue | null,
    idNumber: application.idNumber && maskIdNumber(application.idNumber),
    phone: application.phone && maskPhone(application.phone),
    schoolId: school?.id ?? null,
    schoolName: school?.name ?? null,
    mentors: [...application.mentorChoices].sort((a, b) => a.rank - b.rank).map(({ mentorId, rank }) => {
      const mentor = mentors.get(mentorId);
      return { mentorId, rank, name: mentor?.name ?? null, disciplineCode: mentor?.disciplineCode ?? null };
    }),
  };
}
