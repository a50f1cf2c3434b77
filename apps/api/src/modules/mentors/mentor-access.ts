import { can, type Action, type Actor, type Resource } from '@yingcai/domain/access';
import type { Context } from '../../graphql/context.js';
import { AppError } from '../../graphql/errors.js';
import type { Mentor } from './mentor.entity.js';

export const mentorResource = (mentor: Mentor): Resource => ({ kind: 'mentor', mentorId: mentor.id, universityId: String(mentor.university.id) });

export function signedIn(ctx: Context): Actor {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'sign in first');
  return ctx.actor;
}

export function requireMay(ctx: Context, action: Action, resource: Resource): Actor {
  const actor = signedIn(ctx);
  if (!can(actor, action, resource).allowed) throw new AppError('FORBIDDEN', `${action} is not allowed for this account on this ${resource.kind}`);
  return actor;
}

/** The ids a role is bound to in the actor's grants, e.g. the universities of a university coordinator. */
export const boundIds = (actor: Actor, role: Actor['grants'][number]['role']): string[] =>
  actor.grants.filter((grant) => grant.role === role && grant.scopeId).map((grant) => grant.scopeId!);
