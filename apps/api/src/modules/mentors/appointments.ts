import { OptimisticLockError, type EntityManager } from '@mikro-orm/core';
import type { Context } from '../../graphql/context.js';
import { AppError, notFound } from '../../graphql/errors.js';
import { MentorAppointment } from './mentor-appointment.entity.js';

const conflict = () => new AppError('CONFLICT', 'someone else changed this mentor candidate first: reload it');

/** An appointment with its mentor and cycle, refused as a CONFLICT when the caller saw an older version. */
export async function loadAppointment(em: EntityManager, id: number, version: number): Promise<MentorAppointment> {
  const appointment = await em.findOne(MentorAppointment, { id }, { populate: ['mentor', 'mentor.university', 'cycle'] });
  if (!appointment) throw notFound(`no mentor appointment ${id}`);
  if (appointment.version !== version) throw conflict();
  return appointment;
}

/** Runs a change in a transaction; a concurrent change caught at flush is a CONFLICT too. */
export async function saveVersioned<T>(ctx: Context, change: (em: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await ctx.em.transactional(change);
  } catch (error) {
    if (error instanceof OptimisticLockError) throw conflict();
    throw error;
  }
}
