import type { AdminSchoolFragment, AdminSchoolsQueryVariables, SchoolOwnership, SchoolSortField, SchoolType } from '@yingcai/schema';
import { FIRST_PAGE as FIRST_TABLE_PAGE, pageInput, setSortParams, sortInput, type TableView } from '../../../shell/server-table';

export type SchoolRow = AdminSchoolFragment;

export const SCHOOL_TYPES: readonly SchoolType[] = ['SENIOR_HIGH', 'COMPLETE', 'THROUGH', 'OTHER'];
export const OWNERSHIPS: readonly SchoolOwnership[] = ['PUBLIC', 'PRIVATE'];

/** What the office chose above the table; the server pages, filters and sorts (by name unless told). */
export interface SchoolsView extends TableView {
  name: string;
  districtCode?: string;
  schoolType?: SchoolType;
  ownership?: SchoolOwnership;
}

export const FIRST_PAGE: SchoolsView = { ...FIRST_TABLE_PAGE, name: '' };

/** The table's sortable columns and the API's sort fields. */
const SORT_FIELDS: Record<string, SchoolSortField> = { name: 'NAME', district: 'DISTRICT' };

function filterOf(view: SchoolsView): NonNullable<AdminSchoolsQueryVariables['filter']> {
  const name = view.name.trim();
  return {
    ...(name ? { name } : {}),
    ...(view.districtCode ? { districtCode: view.districtCode } : {}),
    ...(view.schoolType ? { schoolType: view.schoolType } : {}),
    ...(view.ownership ? { ownership: view.ownership } : {}),
  };
}

/** The variables of AdminSchools: only the filters that are set, the order when one is chosen. */
export function schoolsVariables(view: SchoolsView): AdminSchoolsQueryVariables {
  const sort = sortInput(view, SORT_FIELDS);
  return { page: pageInput(view), filter: filterOf(view), ...(sort ? { sort } : {}) };
}

/** The same filters and order as the table, as the export's query string. */
export function schoolsExportUrl(view: SchoolsView): string {
  const filter = filterOf(view);
  const query = new URLSearchParams();
  if (filter.name) query.set('name', filter.name);
  if (filter.districtCode) query.set('districtCode', filter.districtCode);
  if (filter.schoolType) query.set('schoolType', filter.schoolType.toLowerCase());
  if (filter.ownership) query.set('ownership', filter.ownership.toLowerCase());
  setSortParams(query, view);
  const text = query.toString();
  return `/api/schools/export.xlsx${text ? `?${text}` : ''}`;
}
