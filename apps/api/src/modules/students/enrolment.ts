import type { EntityManager } from '@mikro-orm/core';
import type { Application } from '../applications/index.js';
import { Student } from './student.entity.js';

/** A confirmed admission becomes a student of the cohort, in the confirmation's own unit of work. */
export function enrolStudent(em: EntityManager, application: Application, at: Date): Student {
  return em.create(Student, {
    cycle: application.cycle, application, accountId: application.applicant.id, disciplineCode: application.disciplineCode!, enrolledAt: at,
  });
}
