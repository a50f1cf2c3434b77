import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { ephemeralDataKeys } from '../src/crypto/ephemeral-keys.js';
import { readConfig } from '../src/env.js';
import { openDatabase } from '../src/orm/database.js';
import { createScratchDatabase } from '../src/orm/scratch-database.js';
import { DEMO_PASSWORD, seedDemoData } from '../src/orm/seeders/demo-data.js';
import { countStatements } from '../src/orm/statement-count.js';
import { createServer } from '../src/server.js';
import { insertApplications } from './selection-population.js';

/**
 * `npm run bench -w @yingcai/api`, issue 11: the two lists the training year's lists will copy — the
 * office's review queue and a school's list of its applications — at 2,000, 20,000 and 100,000
 * applications on SQLite. For each: SQL statements per request, req/s and p99 under 10 connections, and
 * server CPU per request (sequential in-process requests, no client), beside one hand-written SQL
 * query returning the same page of rows with their school and the total, measured in the same run on
 * the same connection; and the ratio of the API to that floor. Asserts nothing.
 */
const SIZES = [2_000, 20_000, 100_000];
const PAGE = { page: 3, pageSize: 50 };
const FIELDS = 'id applicationNumber name status schoolName disciplineCode idNumber phone mentors { mentorId rank name }';
const LISTS = [
  {
    name: 'review queue (office)',
    login: 'office@yingcai.test',
    query: `query ($page: PageInput) { reviewQueue(year: 2026, page: $page) { total rows { ${FIELDS} flags { rule message } } } }`,
    floor: (cycle: number) => [
      `select a.*, s.name as school_name from application a left join school s on s.id = a.school_id
       where a.cycle_id = ${cycle} and a.status = 'school_recommended' order by a.application_number limit 50 offset 100`,
      `select count(*) as total from application where cycle_id = ${cycle} and status = 'school_recommended'`,
    ],
  },
  {
    name: "school's list (coordinator)",
    login: 'school@yingcai.test',
    query: `query ($page: PageInput) { schoolApplications(year: 2026, page: $page) { total rows { ${FIELDS} } } }`,
    floor: (cycle: number) => [
      `select a.*, s.name as school_name from application a left join school s on s.id = a.school_id
       where a.cycle_id = ${cycle} and a.school_id = 'bench-school-0' and a.status <> 'draft' order by a.application_number limit 50 offset 100`,
      `select count(*) as total from application where cycle_id = ${cycle} and school_id = 'bench-school-0' and status <> 'draft'`,
    ],
  },
];

interface Figures { statements: number; rps: number; p99: number; cpuMs: number }

const lines: string[] = [];
for (const size of SIZES) {
  const scratch = await createScratchDatabase();
  const database = await openDatabase(scratch.database, { keys: ephemeralDataKeys() });
  const em = database.orm.em.fork();
  await seedDemoData(em);
  await insertApplications(em, size);
  const connection = database.orm.em.fork().getConnection();
  // The demo coordinator's school becomes one of the 60 bench schools: a school's list of size / 60 rows.
  await connection.execute("update role_grant set scope_id = 'bench-school-0' where role = 'school_coordinator'");
  const [{ id: cycle }] = (await connection.execute('select id from cycle where year = 2026')) as [{ id: number }];
  const api = await createServer({ config: readConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'production' }), orm: database.orm });
  await api.listen({ host: '127.0.0.1', port: 0 });
  const url = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}/graphql`;
  lines.push('', `${size.toLocaleString('en')} applications, SQLite, page 3 of 50, 10 connections, 1 s warm-up + 3 s, loopback`);

  for (const list of LISTS) {
    const cookie = await signIn(url, list.login);
    const payload = JSON.stringify({ query: list.query, variables: { page: PAGE } });
    const headers = { 'content-type': 'application/json', cookie };
    const inject = async () => {
      const response = await api.inject({ method: 'POST', url: '/graphql', headers, payload });
      if (!(JSON.parse(response.body) as { data?: unknown }).data) throw new Error(`${list.name} failed: ${response.body.slice(0, 300)}`);
    };
    await inject();
    const statements = await countStatements(database.orm, inject);
    const load = { url, connections: 10, pipelining: 1, method: 'POST' as const, headers, body: payload, workers: 1 };
    await autocannon({ ...load, duration: 1 });
    const run = await autocannon({ ...load, duration: 3 });
    const served: Figures = { statements, rps: run.requests.average, p99: run.latency.p99, cpuMs: await cpuPerCall(inject, 100) };
    const sql = list.floor(cycle);
    const floor = await floorFigures(() => Promise.all(sql.map((statement) => connection.execute(statement))), sql.length);
    lines.push(row(list.name, served), row('  hand-written SQL, same rows', floor),
      `  ratio API / SQL floor                  req/s ${(served.rps / floor.rps).toFixed(3)}   CPU per request ${(served.cpuMs / floor.cpuMs).toFixed(1)} ×`);
  }
  await api.close();
  await database.close();
  await scratch.drop();
}
console.log(lines.join('\n'));

async function signIn(url: string, login: string): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation ($login: String!, $password: String!) { login(input: { login: $login, password: $password }) { id } }', variables: { login, password: DEMO_PASSWORD } }),
  });
  return response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

/** Server CPU (user + system) per call, over `times` calls one after another. */
async function cpuPerCall(work: () => Promise<unknown>, times: number): Promise<number> {
  const before = process.cpuUsage();
  for (let i = 0; i < times; i++) await work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / times;
}

/** The floor run back to back for 3 s after a 1 s warm-up: calls/s, p99 of one call, CPU per call. */
async function floorFigures(work: () => Promise<unknown>, statements: number): Promise<Figures> {
  const until = (ms: number) => performance.now() + ms;
  for (const end = until(1000); performance.now() < end; ) await work();
  const times: number[] = [];
  const before = process.cpuUsage();
  for (const end = until(3000); performance.now() < end; ) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  const used = process.cpuUsage(before);
  const sorted = times.sort((a, b) => a - b);
  const p99 = sorted[Math.floor(sorted.length * 0.99)]!;
  return { statements, rps: times.length / 3, p99: Math.round(p99 * 10) / 10, cpuMs: (used.user + used.system) / 1000 / times.length };
}

function row(name: string, f: Figures): string {
  return `${name.padEnd(38)} statements ${String(f.statements).padStart(2)}   ${f.rps.toFixed(0).padStart(6)} req/s   p99 ${String(f.p99).padStart(5)} ms   CPU ${f.cpuMs.toFixed(2).padStart(6)} ms/request`;
}
