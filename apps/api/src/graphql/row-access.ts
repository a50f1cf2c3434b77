import { can, mayEver, type Action, type Actor, type Resource } from '@yingcai/domain/access';
import { AppError, notFound } from './errors.js';

/**
 * Issue 10: a row someone may not act on answers as a row that does not exist, and an account that may
 * never do the action is refused before any row is looked up; so neither NOT_FOUND, FORBIDDEN nor a
 * version's CONFLICT tells whether another school's or university's row exists.
 */
export function refuseNever(actor: Actor, action: Action): void {
  if (!mayEver(actor, action)) throw new AppError('FORBIDDEN', `${action} is not allowed for this account`);
}

/** The row when the actor may do `action` on it; otherwise NOT_FOUND with `missing`, as for a row that is not there. */
export function rowFor<T>(actor: Actor, action: Action, row: T | null | undefined, resourceOf: (row: T) => Resource, missing: string): T {
  if (!row || !can(actor, action, resourceOf(row)).allowed) throw notFound(missing);
  return row;
}
