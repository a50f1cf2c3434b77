import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createScratchDatabase, type ScratchDatabase } from '../src/orm/scratch-database.js';

const MAIN = fileURLToPath(new URL('../dist/src/main.js', import.meta.url));

interface Run {
  child: ChildProcessWithoutNullStreams;
  stdout: string;
  stderr: string;
  exited: Promise<number | null>;
}

function run(env: Record<string, string>): Run {
  const child = spawn(process.execPath, [MAIN], { env: { PATH: process.env.PATH, NODE_ENV: 'test', LOG_LEVEL: 'warn', ...env } });
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
    expect(second.stderr.trim()).toBe(`yingcai: ${file} is in use by another Yingcai process (pid ${first.child.pid}); stop it first or set DATABASE_URL to another file`);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });
});
