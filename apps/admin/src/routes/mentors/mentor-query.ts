import type { AdminMentorAppointmentFragment, AdminMentorAppointmentsQueryVariables, MentorSort, MentorStatus } from '@yingcai/schema';
import type { TableProps } from 'antd';
import { useCallback, useState } from 'react';

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
export interface CandidateView {
  page: number;
  pageSize: number;
  status?: MentorStatus;
  disciplineCode?: string;
  search?: string;
  sort?: MentorSort;
  descending?: boolean;
}

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const FIRST_PAGE: CandidateView = { page: 1, pageSize: 20 };

/** The variables of AdminMentorAppointments: filters and sort only when chosen. */
export function candidateVariables(year: number, view: CandidateView): AdminMentorAppointmentsQueryVariables {
  const search = view.search?.trim();
  return {
    filter: {
      year,
      ...(view.status ? { status: view.status } : {}),
      ...(view.disciplineCode ? { disciplineCode: view.disciplineCode } : {}),
      ...(search ? { search } : {}),
    },
    page: { page: view.page, pageSize: Math.min(view.pageSize, 100) },
    ...(view.sort ? { sort: view.sort, descending: view.descending ?? false } : {}),
  };
}

/** A mentor's own appointments (one per cycle): one page is all of them. */
export const ownVariables = (year: number): AdminMentorAppointmentsQueryVariables => ({ filter: { year }, page: { page: 1, pageSize: 100 } });

const SORT_OF_COLUMN: Record<string, MentorSort> = { name: 'NAME', discipline: 'DISCIPLINE', recommendedAt: 'RECOMMENDED_AT', status: 'STATUS' };

/** What antd's table change means for the view: another page or size, or another sort (which starts at page 1). */
type TableChange = Parameters<NonNullable<TableProps<AppointmentRow>['onChange']>>;

export function viewAfterTableChange(view: CandidateView, pagination: TableChange[0], sorted: TableChange[2]): CandidateView {
  const sorter = Array.isArray(sorted) ? (sorted[0] ?? {}) : sorted;
  const sort = sorter.order ? SORT_OF_COLUMN[String(sorter.columnKey)] : undefined;
  const descending = sorter.order === 'descend';
  const pageSize = pagination.pageSize ?? view.pageSize;
  const sameOrder = sort === view.sort && (!sort || descending === view.descending);
  const page = pageSize === view.pageSize && sameOrder ? (pagination.current ?? 1) : 1;
  return { ...view, page, pageSize, sort, descending: sort ? descending : undefined };
}

/** The one place a candidates table keeps its view; any filter change goes back to page 1. */
export function useCandidateView() {
  const [view, setView] = useState<CandidateView>(FIRST_PAGE);
  const filter = useCallback((change: Partial<Omit<CandidateView, 'page' | 'pageSize'>>) => setView((v) => ({ ...v, ...change, page: 1 })), []);
  return { view, setView, filter };
}
