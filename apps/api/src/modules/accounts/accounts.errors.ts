import type { PasswordProblem } from '@yingcai/domain/access';
import { AppError } from '../../graphql/errors.js';

/** Why an account action failed, for the screens to switch on (`extensions.reason`). */
export type AccountFailure =
  | 'WEAK_PASSWORD'
  | 'BAD_CONTACT'
  | 'CONTACT_IN_USE'
  | 'CODE_INVALID'
  | 'WRONG_CREDENTIALS'
  | 'WRONG_PASSWORD'
  | 'ACCOUNT_DISABLED'
  | 'ACCOUNT_UNVERIFIED'
  | 'INVITATION_EXPIRED'
  | 'INVITATION_USED'
  | 'RATE_LIMITED'
  | 'BAD_GRANT'
  | 'PRIVACY_NOTICE';

type Code = 'BAD_USER_INPUT' | 'CONFLICT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';

export const accountError = (code: Code, reason: AccountFailure, message: string, extra: Record<string, unknown> = {}): AppError =>
  new AppError(code, message, { reason, ...extra });

export const weakPassword = (problems: PasswordProblem[]): AppError =>
  accountError('BAD_USER_INPUT', 'WEAK_PASSWORD', problems.map((p) => p.message).join('; '), {
    problems: problems.map((p) => p.code),
  });

export const rateLimited = (retryAfterSeconds: number): AppError =>
  accountError('FORBIDDEN', 'RATE_LIMITED', `too many attempts: try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
