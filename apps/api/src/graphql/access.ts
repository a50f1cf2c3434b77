import { can, type Action, type Actor, type Resource } from '@yingcai/domain/access';
import type { Context } from './context.js';
import { AppError } from './errors.js';

/** The signed-in account, or UNAUTHENTICATED. */
export function signedIn(ctx: Context): Actor {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'sign in first');
  return ctx.actor;
}

/** The signed-in account when it may do `action` on `resource` (domain `can`), else FORBIDDEN. */
export function requireMay(ctx: Context, action: Action, resource: Resource): Actor {
  const actor = signedIn(ctx);
  if (!can(actor, action, resource).allowed) throw new AppError('FORBIDDEN', `${action} is not allowed for this account on this ${resource.kind}`);
  return actor;
}

/** The ids a role is bound to in the actor's grants, e.g. the universities of a university coordinator. */
export const boundIds = (actor: Actor, role: Actor['grants'][number]['role']): string[] =>
  actor.grants.filter((grant) => grant.role === role && grant.scopeId).map((grant) => grant.scopeId!);
