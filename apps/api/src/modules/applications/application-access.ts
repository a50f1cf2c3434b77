import type { Action, Actor } from '@yingcai/domain/access';
import type { Context } from '../../graphql/context.js';
import { AppError } from '../../graphql/errors.js';
import { requireMay, signedIn } from '../../graphql/access.js';

/**
 * The applicant acting on their own application ('self' in the policy). Staff accounts are never
 * applicants (decision 009: applicants register themselves), so the applicant role is required too.
 */
export function requireApplicant(ctx: Context, action: Action): Actor {
  const actor = requireMay(ctx, action, { kind: 'person', accountId: signedIn(ctx).accountId });
  if (!actor.grants.some((grant) => grant.role === 'applicant')) {
    throw new AppError('FORBIDDEN', 'only an applicant account has an application');
  }
  return actor;
}
