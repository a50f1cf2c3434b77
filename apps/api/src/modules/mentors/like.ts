/** A LIKE pattern matching the lower-cased term anywhere, with LIKE's own wildcards taken literally. */
export const containsPattern = (term: string): string => `%${term.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
