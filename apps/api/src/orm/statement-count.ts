import type { MikroORM } from '@mikro-orm/core';
import type { AbstractSqlConnection } from '@mikro-orm/knex';

/** How many SQL statements the ORM sends while `work` runs (knex's query event), for tests and benches. */
export async function countStatements(orm: MikroORM, work: () => Promise<unknown>): Promise<number> {
  const knex = (orm.em.getConnection() as AbstractSqlConnection).getKnex();
  let count = 0;
  const listen = () => void count++;
  knex.on('query', listen);
  try {
    await work();
  } finally {
    knex.off('query', listen);
  }
  return count;
}
