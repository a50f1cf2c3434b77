import { Table, type TableColumnsType, type TableProps } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';

export const PAGE_SIZES = [10, 20, 50, 100] as const;

export type SortDirection = 'ASC' | 'DESC';

/** Which page the table shows and how it is ordered; the server pages and sorts, the table only asks. */
export interface TableView {
  page: number;
  pageSize: number;
  /** The key of a column marked `sorter: true`, and its direction; none for the server's own order. */
  sort?: { key: string; direction: SortDirection };
}

export const FIRST_PAGE: TableView = { page: 1, pageSize: 20 };

/** The API's sort input for the view's order, when its column is one the server sorts by. */
export function sortInput<F extends string>(view: TableView, fields: Readonly<Record<string, F>>): { field: F; direction: SortDirection } | undefined {
  const field = view.sort && fields[view.sort.key];
  return field ? { field, direction: view.sort!.direction } : undefined;
}

/** The view's order as an export's query string takes it: `sort=<column>&direction=asc|desc`. */
export function setSortParams(query: URLSearchParams, view: TableView): void {
  if (!view.sort) return;
  query.set('sort', view.sort.key);
  query.set('direction', view.sort.direction.toLowerCase());
}

/** The page of the API's PageInput (at most 100 rows). */
export const pageInput = (view: TableView) => ({ page: view.page, pageSize: Math.min(view.pageSize, 100) });

export interface ServerTableProps<T> extends Omit<TableProps<T>, 'dataSource' | 'pagination' | 'onChange' | 'columns'> {
  columns: TableColumnsType<T>;
  rows: readonly T[] | undefined;
  total: number | undefined;
  view: TableView;
  /** A new page, page size or order (a new page size or order starts again at the first page); merge it into the screen's view. */
  onViewChange: (view: TableView) => void;
  totalText: (total: number) => string;
  emptyText: string;
}

function sortOf(sorter: SorterResult<unknown> | SorterResult<unknown>[]): TableView['sort'] {
  const one = Array.isArray(sorter) ? sorter[0] : sorter;
  if (!one?.order || one.columnKey == null) return undefined;
  return { key: String(one.columnKey), direction: one.order === 'descend' ? 'DESC' : 'ASC' };
}

/** A server-paged, server-sorted antd Table: every list of the console uses it. */
export function ServerTable<T extends object>({ columns, rows, total, view, onViewChange, totalText, emptyText, ...rest }: ServerTableProps<T>) {
  const orderOf = (key: unknown) => {
    if (!view.sort || view.sort.key !== key) return null;
    return view.sort.direction === 'DESC' ? ('descend' as const) : ('ascend' as const);
  };
  const controlled = columns.map((column) => (column.sorter ? { ...column, sortOrder: orderOf(column.key) } : column));
  return (
    <Table<T>
      size="middle"
      scroll={{ x: 'max-content' }}
      {...rest}
      columns={controlled}
      dataSource={rows ? [...rows] : []}
      locale={{ emptyText }}
      pagination={{
        current: view.page,
        pageSize: view.pageSize,
        total: total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: PAGE_SIZES.map(String),
        showTotal: totalText,
      }}
      onChange={(pagination, _filters, sorter) => {
        const pageSize = pagination.pageSize ?? view.pageSize;
        const sort = sortOf(sorter as SorterResult<unknown>);
        const sameOrder = sort?.key === view.sort?.key && sort?.direction === view.sort?.direction;
        const page = pageSize === view.pageSize && sameOrder ? (pagination.current ?? 1) : 1;
        onViewChange({ page, pageSize, sort });
      }}
    />
  );
}
