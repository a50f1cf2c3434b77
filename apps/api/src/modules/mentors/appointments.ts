import { OptimisticLockError, type EntityManager } from '@mikro-orm/core';
import type { Context } from '../../graphql/context.js';
import type { Actor } from '@yingcai/domain/access';
import { AppError } from '../../graphql/errors.js';
import { refuseNever, rowFor } from '../../graphql/row-access.js';
import { mentorResource } from './mentor-access.js';
import { MentorAppointment } from './mentor-appointment.entity.js';

const conflict = () => new AppError('CONFLICT', 'someone else changed this mentor candidate first: reload it');

/**
 * An appointment with its mentor and cycle, for an actor who may read it (another university's is
 * NOT_FOUND, as a missing one); refused as a CONFLICT when the caller saw an older version.
 */
export async function loadAppointment(em: EntityManager, actor: Actor, id: number, version: number): Promise<MentorAppointment> {
  refuseNever(actor, 'mentor.read');
  const found = await em.findOne(MentorAppointment, { id }, { populate: ['mentor', 'mentor.university', 'cycle'] });
  const appointment = rowFor(actor, 'mentor.read', found, (row) => mentorResource(row.mentor.getEntity()), `no mentor appointment ${id}`);
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
