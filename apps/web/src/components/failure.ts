import { describeError } from '@yingcai/ui/i18n/describe-error';
import { GraphQLRequestError } from '@yingcai/ui/public-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** The API's reason for a failure (`WRONG_CREDENTIALS`, …), else its code; undefined for a network failure. */
export function failureReason(error: unknown): string | undefined {
  if (!(error instanceof GraphQLRequestError)) return undefined;
  return error.failure.reason ?? error.failure.code;
}

/** One clear sentence for any failure: the API's reason in the current language, or "check your connection". */
export function useDescribeFailure(): (error: unknown) => string {
  const { t } = useTranslation('common');
  return useCallback(
    (error: unknown) => (error instanceof GraphQLRequestError ? describeError(t, error.failure) : t('state.loadFailed')),
    [t],
  );
}
