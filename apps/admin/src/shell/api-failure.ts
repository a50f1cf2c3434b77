import { CombinedGraphQLErrors } from '@apollo/client';
import { describeError, type ApiFailure } from '@yingcai/ui/i18n/describe-error';
import { useCallback } from 'react';
import { useCommonTranslation } from '../i18n/use-admin-translation';

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** What the API said about a failed request: the first GraphQL error's extensions; anything else is INTERNAL. */
export function failureOf(error: unknown): ApiFailure {
  if (!CombinedGraphQLErrors.is(error)) return { code: 'INTERNAL' };
  const extensions = error.errors[0]?.extensions ?? {};
  const { retryAfterSeconds, problems } = extensions;
  return {
    code: text(extensions.code),
    reason: text(extensions.reason),
    field: text(extensions.field),
    retryAfterSeconds: typeof retryAfterSeconds === 'number' ? retryAfterSeconds : undefined,
    problems: Array.isArray(problems) ? problems.filter((p): p is string => typeof p === 'string') : undefined,
  };
}

/** One clear sentence, in the current language, for whatever a request failed with. */
export function useDescribeFailure(): (error: unknown) => string {
  const { t } = useCommonTranslation();
  return useCallback((error: unknown) => describeError(t, failureOf(error)), [t]);
}
