import type { AdminMentorAppointmentFragment, AdminMentorAppointmentsQueryVariables, MentorSortField, MentorStatus } from '@yingcai/schema';
import { useCallback, useState } from 'react';
import { FIRST_PAGE, pageInput, setSortParams, sortInput, type TableView } from '../../shell/server-table';

export type AppointmentRow = AdminMentorAppointmentFragment;

export const STATUS_COLOURS: Record<MentorStatus, string> = {
  RECOMMENDED: 'default',
  CONFIRMED: 'processing',
  UNIVERSITY_APPROVED: 'warning',
  APPROVED: 'success',
  REJECTED: 'error',
};

export const MENTOR_STATUSES: readonly MentorStatus[] = ['RECOMMENDED', 'CONFIRMED', 'UNIVERSITY_APPROVED', 'APPROVED', 'REJECTED'];

/** R-MENTOR-2: the university or the office may reject at any status before the final approval. */
export const isRejectable = (row: AppointmentRow): boolean => ['RECOMMENDED', 'CONFIRMED', 'UNIVERSITY_APPROVED'].includes(row.status);

/** Paging, sorting and filters of a candidates table: the server does all of it. */
export interface CandidateView extends TableView {
  status?: MentorStatus;
  disciplineCode?: string;
  search?: string;
}

/** The columns the server sorts by, keyed as the columns are. */
const SORT_FIELDS: Record<string, MentorSortField> = { name: 'NAME', discipline: 'DISCIPLINE', recommendedAt: 'RECOMMENDED_AT', status: 'STATUS' };

/** The variables of AdminMentorAppointments: filters and sort only when chosen. */
export function candidateVariables(year: number, view: CandidateView): AdminMentorAppointmentsQueryVariables {
  const search = view.search?.trim();
  const sort = sortInput(view, SORT_FIELDS);
  return {
    filter: {
      year,
      ...(view.status ? { status: view.status } : {}),
      ...(view.disciplineCode ? { disciplineCode: view.disciplineCode } : {}),
      ...(search ? { search } : {}),
    },
    page: pageInput(view),
    ...(sort ? { sort } : {}),
  };
}

/** A mentor's own appointments (one per cycle): one page is all of them. */
export const ownVariables = (year: number): AdminMentorAppointmentsQueryVariables => ({ filter: { year }, page: { page: 1, pageSize: 100 } });

/** The one place a candidates table keeps its view; any filter change goes back to page 1. */
export function useCandidateView() {
  const [view, setView] = useState<CandidateView>(FIRST_PAGE);
  const filter = useCallback((change: Partial<Omit<CandidateView, keyof TableView>>) => setView((v) => ({ ...v, ...change, page: 1 })), []);
  const turn = useCallback((table: TableView) => setView((v) => ({ ...v, ...table })), []);
  return { view, turn, filter };
}

/** The Excel export of what the table shows: same filters and order, every page. */
export function candidatesExportUrl(year: number, view: CandidateView): string {
  const { filter } = candidateVariables(year, view);
  const query = new URLSearchParams({ year: String(year) });
  if (filter.status) query.set('status', filter.status);
  if (filter.disciplineCode) query.set('disciplineCode', filter.disciplineCode);
  if (filter.search) query.set('search', filter.search);
  setSortParams(query, view);
  return `/api/mentor-appointments/export.xlsx?${query.toString()}`;
}
