import type {
  AdminReviewQueueQuery,
  AdminReviewQueueQueryVariables,
  AdminSchoolApplicationsQueryVariables,
  AdminStaffApplicationFragment,
  ApplicationSortField,
  ApplicationStatus,
} from '@yingcai/schema';
import { pageInput, sortInput, type TableView } from '../../shell/server-table';

export type StaffRow = AdminStaffApplicationFragment;
export type ReviewRow = AdminReviewQueueQuery['reviewQueue']['rows'][number];
export type Flag = ReviewRow['flags'][number];

export const STATUS_COLOURS: Partial<Record<ApplicationStatus, string>> = {
  SUBMITTED: 'processing',
  SCHOOL_RECOMMENDED: 'warning',
  SCHOOL_DECLINED: 'error',
  CONFORMANT: 'success',
  NONCONFORMANT: 'error',
};

/** The statuses a school filters by: its own step and the office's after it. */
export const SCHOOL_STATUSES: readonly ApplicationStatus[] = ['SUBMITTED', 'SCHOOL_RECOMMENDED', 'SCHOOL_DECLINED', 'CONFORMANT', 'NONCONFORMANT'];

/** The statuses of the conformity review: waiting (the server's default) and decided. */
export const REVIEW_STATUSES: readonly ApplicationStatus[] = ['SCHOOL_RECOMMENDED', 'CONFORMANT', 'NONCONFORMANT'];

/** What a staff list shows: the table's page and order, and the filters above it; all of it is the server's work. */
export interface ApplicationView extends TableView {
  status?: ApplicationStatus;
  disciplineCode?: string;
  schoolId?: string;
  /** The review only: true flagged rows, false unflagged rows. */
  flagged?: boolean;
}

/** The columns the server sorts by, keyed as the columns are. */
const SORT_FIELDS: Record<string, ApplicationSortField> = {
  applicationNumber: 'APPLICATION_NUMBER',
  grade: 'GRADE',
  discipline: 'DISCIPLINE',
  submittedAt: 'SUBMITTED_AT',
  status: 'STATUS',
};

function common(view: ApplicationView) {
  const sort = sortInput(view, SORT_FIELDS);
  return { page: pageInput(view), ...(sort ? { sort } : {}) };
}

const chosen = <T extends object>(filter: T) =>
  Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined)) as Partial<T>;

/** The variables of AdminSchoolApplications: filters only when chosen. */
export function schoolVariables(year: number, view: ApplicationView): AdminSchoolApplicationsQueryVariables {
  const { status, disciplineCode, schoolId } = view;
  return { year, filter: chosen({ status, disciplineCode, schoolId }), ...common(view) };
}

/** The variables of AdminReviewQueue: filters only when chosen (no status is the server's 待审核). */
export function reviewVariables(year: number, view: ApplicationView): AdminReviewQueueQueryVariables {
  const { status, disciplineCode, schoolId, flagged } = view;
  return { year, filter: chosen({ status, disciplineCode, schoolId, flagged }), ...common(view) };
}

/** The mentor choices in rank order, as "第1志愿：王老师". */
export const byRank = (row: StaffRow) => [...row.mentors].sort((a, b) => a.rank - b.rank);
