import { useQuery } from '@apollo/client/react';
import { CycleListDocument, type CycleListQuery } from '@yingcai/schema';
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

export type CycleSummary = CycleListQuery['cycles'][number];

export interface CycleSelection {
  /** Newest first. */
  cycles: readonly CycleSummary[];
  loading: boolean;
  failed: boolean;
  /** The chosen cycle's year; the newest until someone chooses. */
  year: number | undefined;
  /** The chosen cycle's id: what new API arguments name a cycle by (issue 11). */
  cycleId: string | undefined;
  selectYear: (year: number) => void;
}

const CycleSelectionContext = createContext<CycleSelection | null>(null);

export function sortNewestFirst(cycles: readonly CycleSummary[]): CycleSummary[] {
  return [...cycles].sort((a, b) => b.year - a.year);
}

/** The cycle every screen of the console works on, chosen in the header. */
export function CycleSelectionProvider({ children }: { children: ReactNode }) {
  const { data, loading, error } = useQuery(CycleListDocument);
  const cycles = useMemo(() => sortNewestFirst(data?.cycles ?? []), [data]);
  const [chosen, setChosen] = useState<number>();
  const year = cycles.some((cycle) => cycle.year === chosen) ? chosen : cycles[0]?.year;
  const cycleId = cycles.find((cycle) => cycle.year === year)?.id;
  const value = useMemo<CycleSelection>(
    () => ({ cycles, loading, failed: Boolean(error), year, cycleId, selectYear: setChosen }),
    [cycles, loading, error, year, cycleId],
  );
  return <CycleSelectionContext.Provider value={value}>{children}</CycleSelectionContext.Provider>;
}

export function useCycleSelection(): CycleSelection {
  const selection = useContext(CycleSelectionContext);
  if (!selection) throw new Error('useCycleSelection needs a CycleSelectionProvider');
  return selection;
}
