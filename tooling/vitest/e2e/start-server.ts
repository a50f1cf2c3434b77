import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    fixedNow: string;
    /** The server's SQLite file, for reading the outbox. */
    databaseFile: string;
    /** An admin created before the server started (no demo data under NODE_ENV=test). */
    adminLogin: { email: string; password: string };
  }
}

const ADMIN = { email: 'e2e-admin@yingcai.test', password: 'e2e admin passphrase 2026' };

/** The instant the server believes it is during browser tests: the 2026 cycle's annual evaluation. */
const FIXED_NOW = '2026-11-25T10:00:00+08:00';
const MAIN = fileURLToPath(new URL('../../../apps/api/dist/src/main.js', import.meta.url));
const CREATE_ADMIN = fileURLToPath(new URL('../../../apps/api/dist/src/create-admin.js', import.meta.url));

/** The server's data keys, which the outbox's sealed messages are read with (outbox.ts). */
export const keyFileOf = (databaseFile: string): string => `${databaseFile}.keys.json`;

export interface RunningApi {
  baseUrl: string;
  databaseFile: string;
  stop: () => Promise<void>;
}

/**
 * The built API as `npm start` runs it, on a free port with its own SQLite file, folders and keys,
 * believing it is `fixedNow`. With `demo`, DEMO=1 seeds the demo data that day's phases give (and no
 * admin is made); without, an admin is created first (no demo data under NODE_ENV=test). `env` adds
 * settings (an SMS provider, say).
 */
export async function startApi(fixedNow: string, demo = false, env: Record<string, string> = {}): Promise<RunningApi> {
  const port = await freePort();
  const database = join(tmpdir(), `yingcai-e2e-${process.pid}-${port}.sqlite`);
  // Uploaded application materials go to a folder of their own, removed with the database.
  const materialDir = mkdtempSync(join(tmpdir(), 'yingcai-e2e-materials-'));
  // The data keys (issue 22) are made on first use beside the database, not in the repository's data/.
  const keys = { DATA_KEYS_FILE: keyFileOf(database) };
  if (!demo) {
    execFileSync(process.execPath, [CREATE_ADMIN, ADMIN.email, 'E2E 管理员'], {
      env: { ...process.env, ...keys, NODE_ENV: 'test', DATABASE_URL: database, ADMIN_PASSWORD: ADMIN.password },
      stdio: 'ignore',
    });
  }
  const server = spawn(process.execPath, [MAIN], {
    env: { ...process.env, ...keys, NODE_ENV: 'test', PORT: String(port), DATABASE_URL: database, MATERIAL_DIR: materialDir, FIXED_NOW: fixedNow, LOG_LEVEL: 'warn', ...(demo ? { DEMO: '1' } : {}), ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl);
  return {
    baseUrl,
    databaseFile: database,
    stop: async () => {
      const exited = new Promise((done) => server.once('exit', done));
      server.kill('SIGTERM');
      await exited;
      for (const extra of ['', '-wal', '-shm', '.lock', '.keys.json']) rmSync(`${database}${extra}`, { force: true });
      rmSync(materialDir, { recursive: true, force: true });
    },
  };
}

export default async function startServer(project: TestProject): Promise<() => Promise<void>> {
  const api = await startApi(FIXED_NOW);
  project.provide('baseUrl', api.baseUrl);
  project.provide('fixedNow', FIXED_NOW);
  project.provide('databaseFile', api.databaseFile);
  project.provide('adminLogin', ADMIN);
  return api.stop;
}

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await new Promise((done) => probe.once('listening', done));
  const { port } = probe.address() as AddressInfo;
  await new Promise((done) => probe.close(done));
  return port;
}

async function waitForHealth(baseUrl: string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    try {
      if ((await fetch(`${baseUrl}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`the API did not become healthy at ${baseUrl}`);
}
