import type { AccountStatus, AdminAccountsQuery, AdminAccountsQueryVariables, Role } from '@yingcai/schema';

export type AccountRow = AdminAccountsQuery['accounts']['rows'][number];
type AccountFilter = NonNullable<AdminAccountsQueryVariables['filter']>;

/** What the admin chose above the table; the server pages, filters and orders (newest first). */
export interface AccountsView {
  page: number;
  pageSize: number;
  search: string;
  role?: Role;
  status?: AccountStatus;
}

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const FIRST_PAGE: AccountsView = { page: 1, pageSize: 20, search: '' };

/** The variables of AdminAccounts: only the filters that are set. */
export function accountsVariables(view: AccountsView): AdminAccountsQueryVariables {
  const filter: AccountFilter = {};
  const search = view.search.trim();
  if (search) filter.search = search;
  if (view.role) filter.role = view.role;
  if (view.status) filter.status = view.status;
  return { page: { page: view.page, pageSize: Math.min(view.pageSize, 100) }, filter };
}
