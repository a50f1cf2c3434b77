import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInEveryRole } from '../../test/fixtures/accounts.js';
import { startTestApi, type TestApi } from '../../test/test-api.js';
import { OneTimeCode } from '../modules/accounts/one-time-code.entity.js';
import { Session } from '../modules/accounts/session.entity.js';
import { jobsOf } from './jobs.js';
import { JobLease } from './job-lease.entity.js';
import { createScheduler, type Job } from './scheduler.js';

const HOUR = 3600_000;
const quiet = { info: () => {}, error: () => {} } as never;

describe('issue 11: the scheduler runs each timed job once per period across API instances', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ now: new Date('2026-12-07T09:00:00+08:00') });
  });
  afterAll(() => api.close());

  it('two instances ticking at once run a job once; again only when its period has passed', async () => {
    const runs: string[] = [];
    let now = api.now();
    const job: Job = { name: 'count', everyMs: HOUR, run: async () => (runs.push(now.toISOString()), { done: 1 }) };
    const instances = ['a', 'b'].map((holder) => createScheduler(api.orm, () => now, quiet, [job], holder));
    const tickBoth = () => Promise.all(instances.map((instance) => instance.tick()));

    await tickBoth();
    expect(runs).toHaveLength(1);
    now = new Date(now.getTime() + HOUR - 1000);
    await tickBoth();
    await tickBoth();
    expect(runs).toHaveLength(1);
    now = new Date(now.getTime() + 1000);
    await tickBoth();
    expect(runs).toHaveLength(2);
    expect(await api.orm.em.fork().findOneOrFail(JobLease, { name: 'count' })).toMatchObject({ runs: 2, dueAt: new Date(now.getTime() + HOUR) });
  });

  it('a job that fails loses only its turn: the next period runs it again', async () => {
    let now = api.now();
    let calls = 0;
    const job: Job = { name: 'flaky', everyMs: HOUR, run: async () => { calls++; if (calls === 1) throw new Error('boom'); return {}; } };
    const scheduler = createScheduler(api.orm, () => now, quiet, [job]);
    await scheduler.tick();
    await scheduler.tick();
    expect(calls).toBe(1);
    now = new Date(now.getTime() + HOUR);
    await scheduler.tick();
    expect(calls).toBe(2);
  });

  it('the purge job deletes sessions and codes a week past their end, and keeps the rest', async () => {
    const account = (await signInEveryRole(api)).applicant.accountId;
    const em = api.orm.em.fork();
    const old = new Date(api.now().getTime() - 8 * 24 * HOUR);
    em.create(Session, { id: 'f'.repeat(64), handle: 'old-session-0001', account, createdAt: old, lastSeenAt: old, expiresAt: old, idleTimeoutSeconds: 1800 });
    em.create(OneTimeCode, { account, purpose: 'verify_contact', codeHash: 'e'.repeat(64), createdAt: old, expiresAt: old });
    await em.flush();
    const sessionsBefore = await em.count(Session);
    const purge = jobsOf({ delivery: { gateways: {} }, outboxRetentionDays: 180 }).find((job) => job.name === 'purge-expired-sessions-and-codes')!;
    expect(await purge.run(api.orm.em.fork(), api.now())).toEqual({ sessions: 1, codes: 1 });
    expect(await api.orm.em.fork().count(Session)).toBe(sessionsBefore - 1);
    expect(await api.orm.em.fork().count(OneTimeCode, { expiresAt: { $lt: api.now() } })).toBe(0);
  });
});
