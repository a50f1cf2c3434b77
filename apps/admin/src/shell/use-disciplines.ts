import { useQuery } from '@apollo/client/react';
import { CycleSettingsDocument } from '@yingcai/schema';
import { useCallback } from 'react';

/** The cycle's disciplines (R-SCOPE-1) and a name for a code; a code the cycle no longer has shows as itself. */
export function useDisciplines(year: number) {
  const { data, error, refetch } = useQuery(CycleSettingsDocument, { variables: { year } });
  const disciplines = data?.cycle?.disciplines;
  const nameOf = useCallback((code: string) => disciplines?.find((d) => d.code === code)?.name ?? code, [disciplines]);
  return { disciplines, nameOf, error, refetch };
}
