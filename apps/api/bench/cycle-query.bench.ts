import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { ephemeralDataKeys } from '../src/crypto/ephemeral-keys.js';
import { readConfig, repoRoot } from '../src/env.js';
import { openDatabase } from '../src/orm/database.js';
import { createScratchDatabase } from '../src/orm/scratch-database.js';
import { createServer } from '../src/server.js';
import { firstLoadJsKiB } from './bundle-size.js';
import { startGraphQLFloor } from './graphql-floor.js';

/**
 * `npm run bench -w @yingcai/api`: the public cycle query through the real API on SQLite,
 * beside a floor of bare graphql-js, with the same load (autocannon, loopback). Prints figures;
 * asserts nothing.
 */
const QUERY = `query ($year: Int) { cycle(year: $year) { year province name disciplines { code name }
  universities { name } rules { subjectRankTopPercent overallRankTopPercent interviewRatio minAdmissions minTrainingSessions }
  milestones { key name startsOn endsOn } currentPhase } }`;
const BODY = JSON.stringify({ query: QUERY, variables: { year: 2026 } });
const LOAD = { connections: 10, pipelining: 1, method: 'POST' as const, headers: { 'content-type': 'application/json' }, body: BODY };

const scratch = await createScratchDatabase();
const database = await openDatabase(scratch.database, { keys: ephemeralDataKeys() });
const config = readConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'production' });
const api = await createServer({ config, orm: database.orm });
await api.listen({ host: '127.0.0.1', port: 0 });
const apiUrl = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}/graphql`;

const answer = (await (await fetch(apiUrl, { method: 'POST', headers: LOAD.headers, body: BODY })).json()) as { data: { cycle: unknown } };
const floor = await startGraphQLFloor(readFileSync(join(repoRoot, 'packages/schema/schema.graphql'), 'utf8'), { cycle: () => answer.data.cycle });

const measure = async (url: string) => {
  await autocannon({ ...LOAD, url, duration: 3, workers: 1 });
  const result = await autocannon({ ...LOAD, url, duration: 10, workers: 1 });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
};
const floorFigures = await measure(floor.url);
const apiFigures = await measure(apiUrl);

const row = (name: string, f: { rps: number; p99: number; errors: number }) =>
  `${name.padEnd(28)} ${f.rps.toFixed(0).padStart(8)} req/s   p99 ${String(f.p99).padStart(4)} ms   errors ${f.errors}`;
const kib = (value: number | string) => (typeof value === 'string' ? value : `${value.toFixed(1)} KiB gz`);
const site = apiUrl.replace('/graphql', '');
console.log(
  [
    'public cycle query, 10 connections, no pipelining, 3 s warm-up + 10 s, loopback',
    row('floor (graphql-js, memory)', floorFigures),
    row('api (Apollo, SQLite)', apiFigures),
    `ratio api/floor              ${(apiFigures.rps / floorFigures.rps).toFixed(2)}  (target ≥ 0.50)`,
    '',
    `public site first-load JS    ${kib(await firstLoadJsKiB(`${site}/`))}  (target ≤ 120)`,
    `console first-load JS        ${kib(await firstLoadJsKiB(`${site}/admin/`))}  (target ≤ 400)`,
  ].join('\n'),
);

await api.close();
floor.server.close();
await database.close();
await scratch.drop();
