import { FIRST_PAGE as FIRST_TABLE_PAGE, pageInput, type TableView } from '../../../shell/server-table';
import type { AccountStatus, AdminAccountsQuery, AdminAccountsQueryVariables, Role } from '@yingcai/schema';

export type AccountRow = AdminAccountsQuery['accounts']['rows'][number];
type AccountFilter = NonNullable<AdminAccountsQueryVariables['filter']>;

/** What the admin chose above the table; the server pages, filters and orders (newest first). */
export interface AccountsView extends TableView {
  search: string;
  role?: Role;
  status?: AccountStatus;
}

export const FIRST_PAGE: AccountsView = { ...FIRST_TABLE_PAGE, search: '' };

/** The variables of AdminAccounts: only the filters that are set. */
export function accountsVariables(view: AccountsView): AdminAccountsQueryVariables {
  const filter: AccountFilter = {};
  const search = view.search.trim();
  if (search) filter.search = search;
  if (view.role) filter.role = view.role;
  if (view.status) filter.status = view.status;
  return { page: pageInput(view), filter };
}
