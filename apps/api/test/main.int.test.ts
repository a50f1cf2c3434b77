import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { MikroORM } from '@mikro-orm/core';
import { newKeyFile, parseDataKeys } from '../src/crypto/data-keys.js';
import { useDataKeys } from '../src/crypto/field-keys.js';
import { Account } from '../src/modules/accounts/account.entity.js';
import { createOrmOptions } from '../src/orm/config.js';
import { openDatabase } from '../src/orm/database.js';
import { createScratchDatabase, type ScratchDatabase } from '../src/orm/scratch-database.js';

const MAIN = fileURLToPath(new URL('../dist/src/main.js', import.meta.url));
const DEMO_DISABLE = fileURLToPath(new URL('../dist/src/demo-disable.js', import.meta.url));
/** The keys of every start here (issue 22): the databases outlive one process, their keys must too. */
const DATA_KEYS = JSON.stringify(newKeyFile(new Date('2026-12-01T00:00:00Z')));
// What this process writes and reads of those databases is under the same keys.
useDataKeys(parseDataKeys(DATA_KEYS, 'DATA_KEYS'));

interface Run {
  child: ChildProcessWithoutNullStreams;
  stdout: string;
  stderr: string;
  exited: Promise<number | null>;
}

/** The server as an operator starts it: only PATH and what is given (NODE_ENV=test unless `env` says otherwise or unsets it). */
function run(env: Record<string, string | undefined>, script = MAIN): Run {
  const given = Object.fromEntries(Object.entries({ NODE_ENV: 'test', LOG_LEVEL: 'warn', DATA_KEYS, ...env }).filter(([, value]) => value !== undefined));
  const child = spawn(process.execPath, [script], { env: { PATH: process.env.PATH, ...given } });
  const result: Run = { child, stdout: '', stderr: '', exited: new Promise((done) => child.on('exit', done)) };
  child.stdout.on('data', (chunk) => (result.stdout += chunk));
  child.stderr.on('data', (chunk) => (result.stderr += chunk));
  return result;
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((done) => server.once('listening', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

async function waitFor(condition: () => boolean, what: string): Promise<void> {
  // Up to 30 s: a cold start migrates a new database, which is slow on a busy CI machine.
  for (let i = 0; i < 600; i++) {
    if (condition()) return;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('the server process (npm start)', () => {
  let scratch: ScratchDatabase | undefined;
  const children: Run[] = [];
  afterEach(async () => {
    for (const r of children.splice(0)) r.child.kill('SIGKILL');
    await scratch?.drop();
  });

  it.each([
    [{ PORT: 'abc' }, 'yingcai: PORT must be a whole number from 1 to 65535 (got "abc")'],
    [{ DATABASE_URL: 'mysql://root@localhost/db' }, 'yingcai: DATABASE_URL must be postgresql://user@host:port/db or a SQLite file path'],
  ])('a bad setting %o stops it with one line naming the variable, exit 1', async (env, line) => {
    const started = run(env);
    expect(await started.exited).toBe(1);
    expect(started.stderr.trim()).toBe(line);
  });

  it('serves on its port, refuses a second start on the same SQLite file, and stops cleanly on SIGTERM', { timeout: 90_000 }, async () => {
    scratch = await createScratchDatabase();
    const file = scratch.database.dialect === 'sqlite' ? scratch.database.file : '';
    const port = await freePort();
    const first = run({ DATABASE_URL: file, PORT: String(port) });
    children.push(first);
    await waitFor(() => first.stdout.includes('/healthz'), 'the welcome lines');
    expect(first.stdout).toContain(`http://localhost:${port}/graphql`);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);

    const second = run({ DATABASE_URL: file, PORT: String(await freePort()) });
    expect(await second.exited).toBe(1);
    expect(second.stderr.trim()).toBe(`yingcai: ${file} is in use by another Yingcai process: stop it first, or set DATABASE_URL to another file`);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    const third = run({ DATABASE_URL: file, PORT: String(await freePort()) });
    children.push(third);
    await waitFor(() => third.stdout.includes('/healthz'), 'a start after the first stopped');
  });

  it('issue 21: three bad settings at once are each named on a line, exit 1', async () => {
    const started = run({ LOG_LEVEL: 'verbose', MAIL_FROM: 'x', HOST: '' });
    expect(await started.exited).toBe(1);
    const lines = started.stderr.trim().split('\n');
    expect(lines.map((line) => line.replace(/^yingcai: /, '').split(' ')[0])).toEqual(['HOST', 'LOG_LEVEL', 'MAIL_FROM']);
  });

  it('issue 21: an unreachable PostgreSQL server is one line naming host and port, no stack', async () => {
    const started = run({ DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/yingcai' });
    expect(await started.exited).toBe(1);
    expect(started.stderr.trim()).toMatch(/^yingcai: cannot reach PostgreSQL on 127\.0\.0\.1:1 \(ECONNREFUSED\): is the server running/);
    expect(started.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.runIf(process.env.TEST_DATABASE_URL)('issue 21: a PostgreSQL database that does not exist is refused by name and not created', async () => {
    const url = new URL(process.env.TEST_DATABASE_URL!);
    const typo = `yingcai_typo_${process.pid}`;
    url.pathname = `/${typo}`;
    const started = run({ DATABASE_URL: url.toString() });
    expect(await started.exited).toBe(1);
    expect(started.stderr.trim()).toBe(`yingcai: the PostgreSQL database "${typo}" does not exist on ${url.hostname}:${url.port || '5432'}: check DATABASE_URL, or create it (createdb -h ${url.hostname} -p ${url.port || '5432'} ${typo})`);
    scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL);
    const orm = await MikroORM.init(createOrmOptions(scratch.database));
    const found = await orm.em.getConnection().execute('select datname from pg_database where datname = ?', [typo]);
    await orm.close();
    expect(found).toEqual([]);
  });
});

describe('issue 21: production unless told otherwise, demo data only when asked and only into demo databases', () => {
  let scratch: ScratchDatabase;
  const children: Run[] = [];
  afterEach(async () => {
    for (const r of children.splice(0)) r.child.kill('SIGKILL');
    await scratch?.drop();
  });

  /** A database in use: migrated, seeded, with one real applicant's account. */
  async function databaseWithRows(): Promise<string> {
    scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL);
    const opened = await openDatabase(scratch.database);
    const em = opened.orm.em.fork();
    em.create(Account, { email: 'real.pupil@example.org', displayName: '真实学生', status: 'active' });
    await em.flush();
    await opened.close();
    return scratch.database.dialect === 'sqlite' ? scratch.database.file : scratch.database.url;
  }

  async function accounts(): Promise<string[]> {
    const orm = await MikroORM.init(createOrmOptions(scratch.database));
    const rows = await orm.em.fork().find(Account, {}, { orderBy: { createdAt: 'asc' } });
    await orm.close();
    return rows.map((row) => row.email ?? row.phone ?? '');
  }

  it('a start without NODE_ENV is a production start: it adds no account to a database with rows', { timeout: 90_000 }, async () => {
    const url = await databaseWithRows();
    const started = run({ NODE_ENV: undefined, DATABASE_URL: url, PORT: String(await freePort()) });
    children.push(started);
    await waitFor(() => started.stdout.includes('/healthz'), 'the welcome lines');
    expect(started.stdout).toContain('(production,');
    expect(started.stdout).not.toContain('Demo logins');
    started.child.kill('SIGTERM');
    await started.exited;
    expect(await accounts()).toEqual(['real.pupil@example.org']);
  });

  it('issue 22: a production start without data keys is refused in one line, and nothing is written', async () => {
    const url = await databaseWithRows();
    const started = run({ NODE_ENV: 'production', DATA_KEYS: undefined, DATA_KEYS_FILE: `${url}.no-such-keys.json`, DATABASE_URL: url });
    expect(await started.exited).toBe(1);
    expect(started.stderr.trim()).toMatch(/^yingcai: no data keys: set DATA_KEYS, or DATA_KEYS_FILE to the key file/);
    expect(await accounts()).toEqual(['real.pupil@example.org']);
  });

  it('DEMO=1 on a database with real accounts is refused in one line, and nothing is written', { timeout: 90_000 }, async () => {
    const url = await databaseWithRows();
    const started = run({ NODE_ENV: 'development', DEMO: '1', DATABASE_URL: url });
    expect(await started.exited).toBe(1);
    expect(started.stderr.trim()).toMatch(/^yingcai: DEMO=1 is refused: .* holds 1 accounts that are not demo accounts/);
    expect(await accounts()).toEqual(['real.pupil@example.org']);
  });

  it('a production start refuses a database where demo accounts can sign in, until demo:disable has run', { timeout: 90_000 }, async () => {
    scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL);
    const url = scratch.database.dialect === 'sqlite' ? scratch.database.file : scratch.database.url;
    const demo = run({ NODE_ENV: 'development', DEMO: '1', DATABASE_URL: url, PORT: String(await freePort()) });
    children.push(demo);
    await waitFor(() => demo.stdout.includes('Demo logins'), 'the demo logins');
    demo.child.kill('SIGTERM');
    await demo.exited;

    const refused = run({ NODE_ENV: 'production', DATABASE_URL: url });
    expect(await refused.exited).toBe(1);
    expect(refused.stderr.trim()).toMatch(/demo accounts with the published password \(admin@yingcai\.test, .*\): disable them with `npm run demo:disable -w @yingcai\/api`/);

    const disabled = run({ NODE_ENV: 'production', DATABASE_URL: url }, DEMO_DISABLE);
    expect(await disabled.exited).toBe(0);
    expect(disabled.stdout).toMatch(/^disabled 7 demo accounts: admin@yingcai\.test/);

    const production = run({ NODE_ENV: 'production', DATABASE_URL: url, PORT: String(await freePort()) });
    children.push(production);
    await waitFor(() => production.stdout.includes('/healthz'), 'the production start');
  });
});
