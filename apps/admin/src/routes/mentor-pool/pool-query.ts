import type { AdminMentorPoolQuery, AdminMentorPoolQueryVariables } from '@yingcai/schema';
import { useCallback, useState } from 'react';

export type PoolRow = AdminMentorPoolQuery['mentorPool']['rows'][number];

/** Paging and filters of the mentor pool table: the server does both. */
export interface PoolView {
  page: number;
  pageSize: number;
  disciplineCode?: string;
  search?: string;
}

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const FIRST_PAGE: PoolView = { page: 1, pageSize: 20 };

/** The variables of AdminMentorPool: filters only when chosen. */
export function poolVariables(year: number, view: PoolView): AdminMentorPoolQueryVariables {
  const search = view.search?.trim();
  return {
    year,
    page: { page: view.page, pageSize: Math.min(view.pageSize, 100) },
    ...(view.disciplineCode ? { disciplineCode: view.disciplineCode } : {}),
    ...(search ? { search } : {}),
  };
}

/** The one place the pool table keeps its view; a filter change goes back to page 1. */
export function usePoolView() {
  const [view, setView] = useState<PoolView>(FIRST_PAGE);
  const filter = useCallback((change: Pick<PoolView, 'disciplineCode'> | Pick<PoolView, 'search'>) => setView((v) => ({ ...v, ...change, page: 1 })), []);
  const turn = useCallback(
    (current: number | undefined, pageSize: number | undefined) =>
      setView((v) => {
        const size = pageSize ?? v.pageSize;
        return { ...v, pageSize: size, page: size === v.pageSize ? (current ?? 1) : 1 };
      }),
    [],
  );
  return { view, filter, turn };
}
