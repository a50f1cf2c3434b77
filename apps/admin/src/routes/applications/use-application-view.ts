import type { ApplicationStatus } from '@yingcai/schema';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { FIRST_PAGE, PAGE_SIZES, type TableView } from '../../shell/server-table';
import type { ApplicationView } from './application-query';

type Filters = Omit<ApplicationView, keyof TableView>;

const wholeNumber = (value: string | null): number | undefined => (value && /^[1-9]\d*$/.test(value) ? Number(value) : undefined);
const text = (value: string | null): string | undefined => value || undefined;

/** The view a link describes, e.g. `?school=…&status=SUBMITTED&page=2`; anything unknown is left out. */
export function viewOf(params: URLSearchParams, statuses: readonly ApplicationStatus[]): ApplicationView {
  const size = wholeNumber(params.get('size'));
  const sort = text(params.get('sort'));
  const status = params.get('status') as ApplicationStatus | null;
  const flagged = params.get('flagged');
  return {
    page: wholeNumber(params.get('page')) ?? FIRST_PAGE.page,
    pageSize: size && (PAGE_SIZES as readonly number[]).includes(size) ? size : FIRST_PAGE.pageSize,
    ...(sort ? { sort: { key: sort, direction: params.get('direction') === 'desc' ? 'DESC' : 'ASC' } } : {}),
    ...(status && statuses.includes(status) ? { status } : {}),
    ...(text(params.get('discipline')) ? { disciplineCode: params.get('discipline')! } : {}),
    ...(text(params.get('school')) ? { schoolId: params.get('school')! } : {}),
    ...(flagged === 'yes' || flagged === 'no' ? { flagged: flagged === 'yes' } : {}),
  };
}

/** The link of a view: only what differs from the first page in the server's order. */
export function paramsOf(view: ApplicationView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.page !== FIRST_PAGE.page) params.set('page', String(view.page));
  if (view.pageSize !== FIRST_PAGE.pageSize) params.set('size', String(view.pageSize));
  if (view.sort) {
    params.set('sort', view.sort.key);
    params.set('direction', view.sort.direction.toLowerCase());
  }
  if (view.status) params.set('status', view.status);
  if (view.disciplineCode) params.set('discipline', view.disciplineCode);
  if (view.schoolId) params.set('school', view.schoolId);
  if (view.flagged !== undefined) params.set('flagged', view.flagged ? 'yes' : 'no');
  return params;
}

/** A staff list's view kept in the address, so a link (or a reload) opens the same filters, page and order. */
export function useApplicationView(statuses: readonly ApplicationStatus[]) {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => viewOf(params, statuses), [params, statuses]);
  const go = useCallback((next: ApplicationView) => setParams(paramsOf(next), { replace: true }), [setParams]);
  const turn = useCallback((table: TableView) => go({ ...view, ...table }), [go, view]);
  // Any filter change starts again at the first page.
  const filter = useCallback((change: Filters) => go({ ...view, ...change, page: 1 }), [go, view]);
  return { view, turn, filter };
}
