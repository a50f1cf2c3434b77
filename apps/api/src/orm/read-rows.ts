import type { EntityManager } from '@mikro-orm/core';

/** Plain rows of a statement, in the unit of work's transaction when it has one: lists read rows, not entities. */
export const readRows = <T>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> =>
  em.getConnection().execute(sql, params, 'all', em.getTransactionContext());
