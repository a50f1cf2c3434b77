import type { EntityManager } from '@mikro-orm/core';
import { can, type Actor } from '@yingcai/domain/access';
import { toProgrammeDate } from '@yingcai/domain/cycle';
import { AppError, notFound } from '../../graphql/errors.js';
import { Discipline } from '../cycles/index.js';
import type { AppointmentLetter } from './appointment-letter.js';
import { MentorAppointment } from './mentor-appointment.entity.js';

/** The letter of an appointment, for an actor who may read the mentor; refused with a code otherwise. */
export async function findAppointmentLetter(em: EntityManager, actor: Actor | null, appointmentId: number, now: Date): Promise<AppointmentLetter> {
  if (!actor) throw new AppError('UNAUTHENTICATED', 'sign in first');
  const appointment = Number.isSafeInteger(appointmentId)
    ? await em.findOne(MentorAppointment, { id: appointmentId }, { populate: ['mentor.university', 'cycle'] })
    : null;
  if (!appointment) throw notFound('no such mentor appointment');
  const mentor = appointment.mentor.getEntity();
  const university = mentor.university.getEntity();
  if (!can(actor, 'mentor.read', { kind: 'mentor', mentorId: mentor.id, universityId: String(university.id) }).allowed) {
    throw new AppError('FORBIDDEN', 'mentor.read is not allowed for this account on this mentor');
  }
  // R-MENTOR-2: only a new mentor approved by the office is given a letter number.
  if (appointment.status !== 'approved' || !appointment.letterNumber) {
    throw new AppError('CONFLICT', 'this appointment has no appointment letter: only approved new mentors are given one', { reason: 'LETTER_NOT_ISSUED' });
  }
  const cycle = appointment.cycle.getEntity();
  const discipline = await em.findOne(Discipline, { cycle, code: mentor.disciplineCode });
  return {
    letterNumber: appointment.letterNumber,
    mentorName: mentor.name,
    universityName: university.name,
    disciplineName: discipline?.name ?? mentor.disciplineCode,
    cycleYear: cycle.year,
    issuedOn: toProgrammeDate(appointment.approvedAt ?? now),
    issuer: `${cycle.province}英才计划工作办公室`,
  };
}
