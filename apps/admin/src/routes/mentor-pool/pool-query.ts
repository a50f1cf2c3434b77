import type { AdminMentorPoolQuery, AdminMentorPoolQueryVariables, PoolSortField } from '@yingcai/schema';
import { useCallback, useState } from 'react';
import { FIRST_PAGE, pageInput, setSortParams, sortInput, type TableView } from '../../shell/server-table';

export type PoolRow = AdminMentorPoolQuery['mentorPool']['rows'][number];

/** Paging and filters of the mentor pool table: the server does both. */
export interface PoolView extends TableView {
  disciplineCode?: string;
  search?: string;
}

const SORT_FIELDS: Record<string, PoolSortField> = { name: 'NAME', discipline: 'DISCIPLINE' };

/** The variables of AdminMentorPool: filters and order only when chosen. */
export function poolVariables(year: number, view: PoolView): AdminMentorPoolQueryVariables {
  const search = view.search?.trim();
  const sort = sortInput(view, SORT_FIELDS);
  return {
    year,
    page: pageInput(view),
    ...(sort ? { sort } : {}),
    ...(view.disciplineCode ? { disciplineCode: view.disciplineCode } : {}),
    ...(search ? { search } : {}),
  };
}

/** The one place the pool table keeps its view; a filter change goes back to page 1. */
export function usePoolView() {
  const [view, setView] = useState<PoolView>(FIRST_PAGE);
  const filter = useCallback((change: Pick<PoolView, 'disciplineCode'> | Pick<PoolView, 'search'>) => setView((v) => ({ ...v, ...change, page: 1 })), []);
  const turn = useCallback((table: TableView) => setView((v) => ({ ...v, ...table })), []);
  return { view, filter, turn };
}

/** The Excel export of the pool as the table filters it. */
export function poolExportUrl(year: number, view: PoolView): string {
  const { disciplineCode, search } = poolVariables(year, view);
  const query = new URLSearchParams({ year: String(year), ...(disciplineCode ? { disciplineCode } : {}), ...(search ? { search } : {}) });
  setSortParams(query, view);
  return `/api/mentor-pool/export.xlsx?${query.toString()}`;
}
