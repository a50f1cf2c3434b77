import type { EntityManager, ObjectQuery } from '@mikro-orm/core';
import { can, type Actor } from '@yingcai/domain/access';
import type { Context } from '../../graphql/context.js';
import { AppError } from '../../graphql/errors.js';
import { refuseNever, rowFor } from '../../graphql/row-access.js';
import { boundIds, signedIn } from '../../graphql/access.js';
import { Application } from './application.entity.js';

/** The office reads every school's applications; a school coordinator only their own school's (application.read). */
export function schoolScopeOf(ctx: Context, schoolId?: string | null): ObjectQuery<Application> {
  const actor = signedIn(ctx);
  if (can(actor, 'application.read', { kind: 'programme' }).allowed) return schoolId ? { school: schoolId } : {};
  const schools = boundIds(actor, 'school_coordinator');
  if (schools.length === 0) throw new AppError('FORBIDDEN', 'application.read is not allowed for this account');
  if (schoolId && !schools.includes(schoolId)) throw new AppError('FORBIDDEN', 'application.read is not allowed for this account on this school');
  return { school: { $in: schoolId ? [schoolId] : schools } };
}

/** A status staff may filter by: a draft stays the applicant's own, so asking for drafts is refused, not answered with other rows. */
export function staffStatusFilter<S extends string>(status: S | null | undefined): Exclude<S, 'draft'> | null {
  if (status === 'draft') throw new AppError('BAD_USER_INPUT', 'drafts are the applicant’s own: staff see applications once submitted', { field: 'status' });
  return (status ?? null) as Exclude<S, 'draft'> | null;
}

/** A stale version on a staff decision: someone else decided first. Named by its number when known, so a bulk approval says which. */
export const decisionConflict = (id: string, applicationNumber?: string | null) => () =>
  new AppError(
    'CONFLICT',
    `application ${applicationNumber ?? id} was decided or changed by someone else first: reload it and decide again if still needed`,
    { applicationId: id, ...(applicationNumber ? { applicationNumber } : {}) },
  );

/** An application a staff member decides on, with its cycle's windows and its school; another school's is NOT_FOUND. */
export async function loadForDecision(em: EntityManager, actor: Actor, id: string, action: 'application.recommend' | 'application.review'): Promise<Application> {
  refuseNever(actor, action);
  const application = Number.isInteger(Number(id))
    ? await em.findOne(Application, { id: Number(id), status: { $ne: 'draft' } }, { populate: ['school', 'cycle', 'cycle.milestones'] })
    : null;
  return rowFor(actor, action, application, (found) => ({ kind: 'school', schoolId: found.school?.id ?? '' }), `no submitted application ${id}`);
}
