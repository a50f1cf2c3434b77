import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { ephemeralDataKeys } from '../src/crypto/ephemeral-keys.js';
import { decryptField } from '../src/crypto/field-keys.js';
import { readConfig } from '../src/env.js';
import { openDatabase } from '../src/orm/database.js';
import { createScratchDatabase } from '../src/orm/scratch-database.js';
import { DEMO_PASSWORD, seedDemoData } from '../src/orm/seeders/demo-data.js';
import { countStatements } from '../src/orm/statement-count.js';
import { createServer } from '../src/server.js';
import { insertApplications } from './selection-population.js';

/**
 * `npm run bench -w @yingcai/api`, selection: 20,000 applications of one cycle on SQLite. Prints
 * SQL statements per request of the office's review queue by page size (flags, school and mentors
 * included) and of the funnel, req/s with p99 latency for both, and the score import's rows/s for a
 * file of every submitted application (dry run, then commit). Asserts nothing.
 */
const APPLICATIONS = 20_000;
const QUEUE = `query ($page: PageInput) { reviewQueue(year: 2026, page: $page) {
  total rows { id applicationNumber name schoolName disciplineCode mentors { mentorId rank name } flags { rule message } } } }`;
/** The same page with the fields that are encrypted at rest (issue 22), shown masked. */
const QUEUE_REVEALED = QUEUE.replace('name schoolName', 'name idNumber phone schoolName');
const FUNNEL = `query { selectionFunnel(year: 2026) { unfinishedDrafts overall { stage count ratioToPrevious } disciplines { disciplineCode steps { stage count } } } }`;

const scratch = await createScratchDatabase();
const database = await openDatabase(scratch.database, { keys: ephemeralDataKeys() });
const em = database.orm.em.fork();
await seedDemoData(em);
const started = performance.now();
await insertApplications(em, APPLICATIONS);
const insertSeconds = (performance.now() - started) / 1000;
const config = readConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'production' });
const api = await createServer({ config, orm: database.orm });
await api.listen({ host: '127.0.0.1', port: 0 });
const origin = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`;

const login = await fetch(`${origin}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: 'mutation ($login: String!, $password: String!) { login(input: { login: $login, password: $password }) { id } }', variables: { login: 'office@yingcai.test', password: DEMO_PASSWORD } }),
});
const headers = { 'content-type': 'application/json', cookie: login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ') };
const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
const ask = async (query: string, variables?: Record<string, unknown>) => {
  const answer = (await (await fetch(`${origin}/graphql`, { method: 'POST', headers, body: body(query, variables) })).json()) as { data?: unknown; errors?: unknown };
  if (!answer.data) throw new Error(`the request failed: ${JSON.stringify(answer.errors)}`);
};

await ask(FUNNEL);
const queueStatements = async (pageSize: number) => countStatements(database.orm, () => ask(QUEUE, { page: { page: 3, pageSize } }));
const statements = { 10: await queueStatements(10), 50: await queueStatements(50), funnel: await countStatements(database.orm, () => ask(FUNNEL)) };

const measure = async (query: string, variables?: Record<string, unknown>) => {
  const load = { url: `${origin}/graphql`, connections: 10, pipelining: 1, method: 'POST' as const, headers, body: body(query, variables), workers: 1 };
  await autocannon({ ...load, duration: 1 });
  const result = await autocannon({ ...load, duration: 3 });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
};
const row = (name: string, f: { rps: number; p99: number; errors: number }) =>
  `${name.padEnd(40)} ${f.rps.toFixed(0).padStart(7)} req/s   p99 ${String(f.p99).padStart(4)} ms   errors ${f.errors}`;

const queueRow = row('review queue, page 3 of 50, flags', await measure(QUEUE, { page: { page: 3, pageSize: 50 } }));
const funnelRow = row('funnel per discipline', await measure(FUNNEL));

// Issue 22: the page of 50 with its encrypted fields (ID number, phone, date of birth: 150 values), against the
// same rows with those columns empty, so nothing is decrypted: one request at a time, alternating, mean ms.
// Beside them the page's SQL alone (the floor) and the 150 decryptions alone.
const PAGE_SQL = "select * from application where cycle_id = (select id from cycle where year = 2026) and status = 'school_recommended' order by application_number limit 50 offset 100";
const connection = database.orm.em.fork().getConnection();
const meanMs = async (times: number, work: () => Promise<unknown>) => {
  const started = performance.now();
  for (let i = 0; i < times; i++) await work();
  return (performance.now() - started) / times;
};
const page = () => ask(QUEUE_REVEALED, { page: { page: 3, pageSize: 50 } });
const stored = (await connection.execute(PAGE_SQL)) as { id: number; id_number: string; phone: string; date_of_birth: string }[];
const emptied = async (work: () => Promise<number>) => {
  await connection.execute('update application set id_number = null, phone = null, date_of_birth = null where id in (' + stored.map((r) => r.id).join(', ') + ')');
  try {
    return await work();
  } finally {
    for (const r of stored) await connection.execute('update application set id_number = ?, phone = ?, date_of_birth = ? where id = ?', [r.id_number, r.phone, r.date_of_birth, r.id]);
  }
};
await meanMs(20, page);
const pageMs = { decrypted: [] as number[], clear: [] as number[] };
for (let round = 0; round < 3; round++) {
  pageMs.decrypted.push(await meanMs(40, page));
  pageMs.clear.push(await emptied(() => meanMs(40, page)));
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const decryptedMs = median(pageMs.decrypted);
const clearMs = median(pageMs.clear);
const sqlMs = await meanMs(500, () => connection.execute(PAGE_SQL));
const values = stored.flatMap((r) => [r.id_number, r.phone, r.date_of_birth]);
const decryptMs = await meanMs(200, async () => values.forEach((value) => decryptField(value, 'bench')));

// The score import (R-SEL-2): every submitted application made conformant, then one file with a score for each.
await database.orm.em.fork().getConnection().execute("update application set status = 'conformant' where status <> 'draft'");
const numbers: { application_number: string }[] = await database.orm.em.fork().getConnection().execute(
  "select application_number from application where status = 'conformant' order by application_number",
);
const csv = ['报名号,成绩', ...numbers.map((n, i) => `${n.application_number},${40 + (i % 60)}.5`)].join('\r\n');
const importFile = async (dryRun: boolean, file = csv) => {
  const form = new FormData();
  form.append('file', new Blob([file]), '测评成绩.csv');
  const started = performance.now();
  const response = await fetch(`${origin}/api/assessment-scores/import?year=2026${dryRun ? '&dryRun=1' : ''}`, {
    method: 'POST', body: form, headers: { cookie: headers.cookie, 'x-requested-with': 'bench' },
  });
  if (response.status !== 200) throw new Error(`the import failed: ${response.status} ${(await response.text()).slice(0, 300)}`);
  return (performance.now() - started) / 1000;
};
const dryRunSeconds = await importFile(true);

// Issue 10: the longest stall of the event loop (which serves every other request and the health check)
// during a 100,000-row dry run, beside the same measure over an idle second as the floor.
const longestStall = async (work: () => Promise<unknown>) => {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  await work();
  delay.disable();
  return delay.max / 1e6;
};
const bigFile = [csv, ...Array.from({ length: 100_000 - numbers.length }, (_, i) => `SX2026-9${String(i).padStart(6, '0')},50.5`)].join('\r\n');
const idleStall = await longestStall(() => new Promise((resolve) => setTimeout(resolve, 1000)));
const bigDryRunStall = await longestStall(() => importFile(true, bigFile));
const commitSeconds = await importFile(false);
const importRow = (name: string, seconds: number) => `${name.padEnd(40)} ${(numbers.length / seconds).toFixed(0).padStart(7)} rows/s   ${seconds.toFixed(2)} s for ${numbers.length} rows`;

console.log(
  [
    '',
    `selection, ${APPLICATIONS} applications (inserted in ${insertSeconds.toFixed(1)} s), SQLite, office session, 10 connections, 1 s warm-up + 3 s, loopback`,
    `review queue SQL statements      page size 10: ${statements[10]}   page size 50: ${statements[50]}  (must be equal)`,
    `funnel SQL statements            ${statements.funnel}`,
    queueRow,
    funnelRow,
    `review queue page of 50 with ID number and phone (masked), one request at a time, median of 3 × 40:`,
    `  encrypted columns decrypted   ${decryptedMs.toFixed(1).padStart(6)} ms   same rows, columns empty ${clearMs.toFixed(1).padStart(6)} ms   difference ${(((decryptedMs - clearMs) / clearMs) * 100).toFixed(1)} %`,
    `  SQL floor, the page's select  ${sqlMs.toFixed(1).padStart(6)} ms   the page's ${values.length} decryptions alone ${decryptMs.toFixed(2)} ms (${((decryptMs / decryptedMs) * 100).toFixed(1)} % of the page)`,
    importRow('score import, dry run (CSV)', dryRunSeconds),
    importRow('score import, commit (CSV)', commitSeconds),
    `event loop, longest stall             100,000-row dry run: ${bigDryRunStall.toFixed(0)} ms   idle floor: ${idleStall.toFixed(0)} ms`,
  ].join('\n'),
);

await api.close();
await database.close();
await scratch.drop();
