import { AppError } from '../../graphql/errors.js';

export const MAX_SEARCH_LENGTH = 50;

/** The escape character of the directory's LIKE, given explicitly: SQLite has none by default. */
export const LIKE_ESCAPE = '!';

/**
 * A LIKE pattern matching the search anywhere in `mentor.search_text` (lower-cased, see
 * search-text.ts), or null for a blank search. %, _ and ! match themselves.
 */
export function directorySearchPattern(search: string | null | undefined): string | null {
  const term = (search ?? '').trim().toLowerCase();
  if (term === '') return null;
  if ([...term].length > MAX_SEARCH_LENGTH) {
    throw new AppError('BAD_USER_INPUT', `search is at most ${MAX_SEARCH_LENGTH} characters`);
  }
  return `%${term.replace(/[!%_]/g, (c) => LIKE_ESCAPE + c)}%`;
}
