import type { AddressInfo } from 'node:net';
import { MikroORM } from '@mikro-orm/core';
import { createOrmOptions } from '../src/orm/config.js';
import type { FastifyInstance } from 'fastify';
import { createCaches, type Caches } from '../src/cache/caches.js';
import { readConfig } from '../src/env.js';
import { openDatabase, type OpenDatabase } from '../src/orm/database.js';
import { createScratchDatabase, type ScratchDatabase } from '../src/orm/scratch-database.js';
import { createServer } from '../src/server.js';
import { captureLogs } from './log-scan.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; stacktrace?: unknown; [key: string]: unknown } }[];
}

/** A browser of the test: keeps the session cookie the API sets. */
export interface TestBrowser {
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  cookie: string | null;
}

export interface TestApi {
  url: string;
  /** Moves the API's clock (sessions, codes and invitations expire by it). */
  setNow(now: Date): void;
  now(): Date;
  browser(): TestBrowser;
  orm: MikroORM;
  app: FastifyInstance;
  /** The API's log lines so far (JSON). */
  logs(): readonly string[];
  /** The server's caches: a test that writes behind the API's back clears them, as a mutation would. */
  caches: Caches;
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** Another API instance on the same database, with its own connection pool, as behind a load balancer. */
  secondInstance(): Promise<{ browser(): TestBrowser; close(): Promise<void> }>;
  close(): Promise<void>;
}

export interface TestApiOptions {
  /** The instant the API believes it is: tests never read the clock. */
  now?: Date;
  nodeEnv?: 'test' | 'production';
  /** Built sites to serve; none by default. */
  sites?: { webDist: string; adminDist: string };
  /** More settings, as the environment would give them (NOTIFIER, SMTP_URL, …). */
  env?: Record<string, string>;
}

/**
 * One real API over HTTP on its own new database: SQLite by default, PostgreSQL on the
 * server of TEST_DATABASE_URL when it is set (CI runs the suite both ways).
 */
export async function startTestApi(options: TestApiOptions = {}): Promise<TestApi> {
  const scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL);
  const poolMax = options.env?.DATABASE_POOL_MAX;
  const settings = scratch.database.dialect === 'postgresql' && poolMax ? { ...scratch.database, poolMax: Number(poolMax) } : scratch.database;
  const database = await openDatabase(settings);
  let now = options.now ?? new Date('2025-11-15T10:00:00+08:00');
  const caches = createCaches();
  const config = {
    ...readConfig({ NODE_ENV: options.nodeEnv ?? 'test', LOG_LEVEL: 'info', ...options.env }),
    database: settings,
    ...(options.sites ?? { webDist: '/nonexistent', adminDist: '/nonexistent' }),
  };
  const listen = async (app: FastifyInstance) => {
    await app.listen({ host: '127.0.0.1', port: 0 });
    return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  };
  const logs = captureLogs();
  const app = await createServer({ config, orm: database.orm, clock: () => now, caches, logStream: logs.stream });
  const url = await listen(app);
  return {
    url,
    setNow: (next) => (now = next),
    now: () => now,
    browser: () => newBrowser(url),
    orm: database.orm,
    app,
    logs: () => logs.lines(),
    caches,
    graphql: (query, variables) => postGraphQL(url, query, variables),
    async secondInstance() {
      const orm = await MikroORM.init(createOrmOptions(settings));
      const other = await createServer({ config, orm, clock: () => now, logStream: logs.stream });
      const otherUrl = await listen(other);
      return { browser: () => newBrowser(otherUrl), close: async () => { const closing = other.close(); other.server.closeAllConnections(); await closing; await orm.close(); } };
    },
    async close() {
      const kept = await codesInOutbox(database.orm);
      await closeAll(app, database, scratch);
      logs.assertNoPersonalData();
      if (kept > 0) throw new Error(`issue 23: ${kept} outbox message(s) keep a one-time code readable; only the sealed copy may hold it`);
    },
  };
}

async function postGraphQL<T>(url: string, query: string, variables?: Record<string, unknown>, cookie?: string | null): Promise<GraphQLResponse<T> & { setCookie: string | null }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: response.status, ...body, setCookie: response.headers.get('set-cookie') };
}

function newBrowser(url: string): TestBrowser {
  const browser: TestBrowser = {
    cookie: null,
    async graphql(query, variables) {
      const response = await postGraphQL<never>(url, query, variables, browser.cookie);
      if (response.setCookie) {
        const pair = response.setCookie.split(';')[0]!;
        browser.cookie = pair.endsWith('=') ? null : pair;
      }
      return response as never;
    },
  };
  return browser;
}

/** Issue 23: every test database is checked on close for a code the outbox keeps in its readable body. */
async function codesInOutbox(orm: MikroORM): Promise<number> {
  const rows = await orm.em.fork().getConnection().execute<{ body: string }[]>('select body from outbox_message');
  return rows.filter((row: { body: string }) => /验证码\s*\d{4,8}/.test(row.body)).length;
}

async function closeAll(app: FastifyInstance, database: OpenDatabase, scratch: ScratchDatabase): Promise<void> {
  // A test that left a response body unread would keep its connection busy; the test server does not wait for it.
  const closing = app.close();
  app.server.closeAllConnections();
  await closing;
  await database.close();
  await scratch.drop();
}
