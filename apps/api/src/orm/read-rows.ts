import { ReferenceKind, type EntityManager, type EntityName, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';

/** Plain rows of a statement, in the unit of work's transaction when it has one: lists read rows, not entities. */
export const readRows = <T>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> =>
  em.getConnection().execute(sql, params, 'all', em.getTransactionContext());

export interface RowPage<T> {
  orderBy: QueryOrderMap<T>[];
  limit: number;
  offset: number;
}

/**
 * A page of an entity's rows as plain objects named by property (a relation as its key): no identity
 * map, no change tracking, no graph. Columns of a custom type (JSON, decimals, the encrypted identity
 * fields) are converted as loading an entity would, so a list shows what the record holds.
 */
export async function entityRows<T extends object, R>(em: EntityManager, entity: EntityName<T>, where: FilterQuery<T>, page: RowPage<T>): Promise<R[]> {
  const qb = (em as SqlEntityManager).createQueryBuilder(entity).select('*').where(where).orderBy(page.orderBy).limit(page.limit).offset(page.offset);
  const rows = (await qb.execute('all', true)) as Record<string, unknown>[];
  const platform = em.getPlatform();
  const custom = em.getMetadata().get(entity).props.filter((prop) => prop.customType && prop.kind === ReferenceKind.SCALAR);
  for (const row of rows) {
    for (const prop of custom) if (row[prop.name] != null) row[prop.name] = prop.customType!.convertToJSValue(row[prop.name], platform);
  }
  return rows as R[];
}
