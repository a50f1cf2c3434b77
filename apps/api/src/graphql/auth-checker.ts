import { can, type Action } from '@yingcai/domain/access';
import type { AuthChecker } from 'type-graphql';
import type { Context } from './context.js';
import { AppError } from './errors.js';

/**
 * `@Authorized()` asks for a signed-in account; `@Authorized('account.list')` for a programme-wide
 * action of the domain policy. Row-level checks (a person's record) happen in the services.
 */
export const authChecker: AuthChecker<Context, Action> = ({ context }, actions) => {
  if (!context.actor) throw new AppError('UNAUTHENTICATED', 'sign in first');
  const refused = actions.find((action) => !can(context.actor, action, { kind: 'programme' }).allowed);
  if (refused) throw new AppError('FORBIDDEN', `${refused} is not allowed for this account`);
  return true;
};
