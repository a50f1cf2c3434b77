import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { createCaches } from '../src/cache/caches.js';
import { ShortLivedCache } from '../src/cache/short-lived-cache.js';
import { ephemeralDataKeys } from '../src/crypto/ephemeral-keys.js';
import { readConfig } from '../src/env.js';
import { openDatabase } from '../src/orm/database.js';
import { createScratchDatabase } from '../src/orm/scratch-database.js';
import { countStatements } from '../src/orm/statement-count.js';
import { createServer } from '../src/server.js';
import { insertDirectoryMentors } from './directory-mentors.js';

/**
 * `npm run bench -w @yingcai/api`, second part: the public mentor directory over 2,000 approved
 * mentors in five disciplines on SQLite. Prints SQL statements per request by page size, and
 * req/s with p99 latency, uncached and with the per-instance cache. Asserts nothing.
 */
const MENTORS = 2_000;
const QUERY = `query ($year: Int!, $disciplineCode: String, $search: String, $page: PageInput) {
  mentorDirectory(year: $year, disciplineCode: $disciplineCode, search: $search, page: $page) {
    total rows { id name title university { name } discipline { code name } researchFields profile photoUrl } } }`;
const body = (variables: Record<string, unknown>) => JSON.stringify({ query: QUERY, variables: { year: 2026, ...variables } });
const HEADERS = { 'content-type': 'application/json' };

const scratch = await createScratchDatabase();
const database = await openDatabase(scratch.database, { keys: ephemeralDataKeys() });
await insertDirectoryMentors(database.orm.em.fork(), MENTORS);
const caches = createCaches();
const config = readConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'production' });
const api = await createServer({ config, orm: database.orm, caches });
await api.listen({ host: '127.0.0.1', port: 0 });
const url = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}/graphql`;
const ask = async (variables: Record<string, unknown>) => {
  const answer = (await (await fetch(url, { method: 'POST', headers: HEADERS, body: body(variables) })).json()) as { data?: unknown; errors?: unknown };
  if (!answer.data) throw new Error(`the directory failed: ${JSON.stringify(answer.errors)}`);
};

await ask({}); // the cycle is cached from here on, as in a running server
const statementsFor = (pageSize: number) => {
  caches.mentorDirectory.clear();
  return countStatements(database.orm, () => ask({ page: { page: 1, pageSize } }));
};
const statements = { 10: await statementsFor(10), 50: await statementsFor(50) };

const measure = async (variables: Record<string, unknown>) => {
  const load = { url, connections: 10, pipelining: 1, method: 'POST' as const, headers: HEADERS, body: body(variables), workers: 1 };
  await autocannon({ ...load, duration: 1 });
  const result = await autocannon({ ...load, duration: 3 });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
};
const row = (name: string, f: { rps: number; p99: number; errors: number }) =>
  `${name.padEnd(40)} ${f.rps.toFixed(0).padStart(7)} req/s   p99 ${String(f.p99).padStart(4)} ms   errors ${f.errors}`;

// A 1 ms time-to-live: every request reads the database (concurrent identical ones still share a load).
caches.mentorDirectory = new ShortLivedCache(1);
const uncached = [
  row('page 1 of 10, uncached', await measure({ page: { page: 1, pageSize: 10 } })),
  row('page 1 of 50, uncached', await measure({ page: { page: 1, pageSize: 50 } })),
  row('physics + search 量子, 10, uncached', await measure({ disciplineCode: 'physics', search: '量子', page: { page: 1, pageSize: 10 } })),
];
caches.mentorDirectory = new ShortLivedCache(10_000);
const cached = row('page 1 of 10, cached 10 s', await measure({ page: { page: 1, pageSize: 10 } }));

console.log(
  [
    '',
    `public mentor directory, ${MENTORS} approved mentors in 5 disciplines, SQLite, 10 connections, 1 s warm-up + 3 s, loopback`,
    `SQL statements per request       page size 10: ${statements[10]}   page size 50: ${statements[50]}  (must be equal)`,
    ...uncached,
    cached,
  ].join('\n'),
);

await api.close();
await database.close();
await scratch.drop();
