import { requestProblems } from '@yingcai/domain/requests';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

type Schema = Parameters<typeof requestProblems>[0];

/**
 * Issue 11: checks a request with the schema the API checks it with (domain/requests), before sending:
 * each refused field's first problem as a sentence in the current language.
 */
export function useRequestCheck(): (schema: Schema, value: unknown) => Partial<Record<string, string>> {
  const { t } = useTranslation('web');
  return useCallback(
    (schema, value) => Object.fromEntries(requestProblems(schema, value).map(({ field, reason }) => [field, t(`form.problem.${reason}` as 'form.problem.BAD_CONTACT')])),
    [t],
  );
}
