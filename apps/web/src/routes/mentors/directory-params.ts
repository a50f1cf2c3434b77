import { useSearchParams } from 'react-router';

export interface DirectoryParams {
  discipline: string | null;
  search: string;
  page: number;
}

/** The directory's filter lives in the address (?discipline=&q=&page=), so a link shares it. */
export function readDirectoryParams(params: URLSearchParams): DirectoryParams {
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return { discipline: params.get('discipline') || null, search: params.get('q')?.trim() ?? '', page: page > 0 ? page : 1 };
}

/** The address of the directory with some of its filter changed; a new filter starts at page 1. */
export function directoryHref(current: DirectoryParams, change: Partial<DirectoryParams>): string {
  const next = { ...current, page: 1, ...change };
  const params = new URLSearchParams();
  if (next.discipline) params.set('discipline', next.discipline);
  if (next.search) params.set('q', next.search);
  if (next.page > 1) params.set('page', String(next.page));
  const query = params.toString();
  return query ? `/mentors?${query}` : '/mentors';
}

export function useDirectoryParams(): DirectoryParams {
  const [params] = useSearchParams();
  return readDirectoryParams(params);
}
