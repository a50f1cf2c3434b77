import type { MikroORM } from '@mikro-orm/core';
import type { AbstractSqlConnection } from '@mikro-orm/knex';
import { RateLimiterPostgres, RateLimiterRes, RateLimiterSQLite, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Database } from '../env.js';

/** Points per window. Counters live in the database table `rate_limit`, so they hold across instances. */
const LIMITS = {
  /** Failed logins to one account. */
  login_account: { points: 5, duration: 15 * 60 },
  /** Failed logins from one IP address (a school's pupils share one; a success gives its point back). */
  login_ip: { points: 30, duration: 15 * 60 },
  /** Codes sent to one e-mail address or phone. */
  code_contact: { points: 5, duration: 3600 },
  /** Codes requested from one IP address. */
  code_ip: { points: 20, duration: 3600 },
  /** Wrong verification or reset codes entered for one e-mail address or phone. */
  guess_contact: { points: 10, duration: 3600 },
  /** Wrong verification or reset codes entered from one IP address. */
  guess_ip: { points: 50, duration: 3600 },
  /** Reads of the public notice (公示) from one IP address: enough for a school's pupils, not for a scraper. */
  notice_ip: { points: 120, duration: 60 },
  /** Objections to the public notice (公示) from one IP address. */
  objection_ip: { points: 5, duration: 3600 },
} as const;

export type LimitKind = keyof typeof LIMITS;

export interface RateLimits {
  /** Counts one attempt; resolves to the seconds to wait when the limit is reached, else 0. */
  hit(kind: LimitKind, key: string): Promise<number>;
  /** Gives back the point of an attempt that turned out to succeed, so only failures count. */
  refund(kind: LimitKind, key: string): Promise<void>;
  reset(kind: LimitKind, key: string): Promise<void>;
}

export async function createRateLimits(orm: MikroORM, database: Database): Promise<RateLimits> {
  const knex = (orm.em.getConnection() as AbstractSqlConnection).getKnex();
  // MikroORM's SQLite knex dialect is its own class, which the limiter does not recognise; it gets the
  // better-sqlite3 connection itself (the pool's only one, shared: better-sqlite3 is synchronous).
  const store = database.dialect === 'sqlite' ? { storeClient: await sqliteConnection(knex), storeType: 'better-sqlite3' } : { storeClient: knex, storeType: 'knex' };
  const limiters = Object.fromEntries(
    Object.entries(LIMITS).map(([kind, limit]) => {
      const options = { ...store, tableName: 'rate_limit', tableCreated: true, keyPrefix: kind, ...limit };
      const limiter = database.dialect === 'sqlite' ? new RateLimiterSQLite(options) : new RateLimiterPostgres(options);
      return [kind, limiter];
    }),
  ) as unknown as Record<LimitKind, RateLimiterAbstract>;
  return {
    async hit(kind, key) {
      try {
        await limiters[kind].consume(key);
        return 0;
      } catch (refusal) {
        if (refusal instanceof RateLimiterRes) return Math.ceil(refusal.msBeforeNext / 1000);
        throw refusal;
      }
    },
    async refund(kind, key) {
      await limiters[kind].reward(key, 1);
    },
    async reset(kind, key) {
      await limiters[kind].delete(key);
    },
  };
}

async function sqliteConnection(knex: ReturnType<AbstractSqlConnection['getKnex']>): Promise<unknown> {
  const connection: unknown = await knex.client.acquireConnection();
  await knex.client.releaseConnection(connection);
  return connection;
}
