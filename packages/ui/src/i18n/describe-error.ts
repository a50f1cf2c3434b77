import type { TFunction } from 'i18next';

/** What the API says about a failure: `extensions` of the first GraphQL error. */
export interface ApiFailure {
  code?: string;
  reason?: string;
  retryAfterSeconds?: number;
  problems?: string[];
  /** BAD_USER_INPUT: the input field at fault; `fields` every missing one when `reason` is INCOMPLETE. */
  field?: string;
  fields?: string[];
  /** RULE_VIOLATION: each rule broken, with the server's sentence. */
  violations?: { rule: string; message: string }[];
}

/** One clear sentence per failure, in the current language: the reason when the API gives one, else the code. */
export function describeError(t: TFunction<'common'>, failure: ApiFailure): string {
  const key = failure.reason ?? failure.code ?? 'INTERNAL';
  const minutes = Math.max(1, Math.ceil((failure.retryAfterSeconds ?? 60) / 60));
  const sentence = t(`accountErrors.${key}` as 'accountErrors.INTERNAL', { minutes, defaultValue: t('accountErrors.INTERNAL') });
  const details = (failure.problems ?? []).map((p) => t(`passwordProblems.${p}` as 'passwordProblems.TOO_SHORT', { defaultValue: '' }));
  return [sentence, ...details.filter(Boolean)].join(' ');
}
