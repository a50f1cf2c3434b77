import { hostname } from 'node:os';
import { raw, UniqueConstraintViolationException, type EntityManager, type MikroORM } from '@mikro-orm/core';
import type { FastifyBaseLogger } from 'fastify';
import { JobLease } from './job-lease.entity.js';

/** Work the API does on the clock, not for a request. */
export interface Job {
  name: string;
  everyMs: number;
  /** Does the work; what it returns is logged (counts, never a person's data). */
  run(em: EntityManager, now: Date): Promise<Record<string, number>>;
}

export interface Scheduler {
  /** Runs each job whose turn has come and that no other instance took first. */
  tick(): Promise<void>;
  start(tickMs: number): void;
  stop(): Promise<void>;
}

/**
 * Issue 11: one scheduler per API process; each job runs once per period across every instance. A turn
 * is taken by one conditional update that moves the job's `due_at` a period ahead: the instance whose
 * update changed the row runs it, the others see nothing due. An instance that dies mid-run loses only
 * that turn; the next comes a period later.
 */
export function createScheduler(orm: MikroORM, clock: () => Date, log: FastifyBaseLogger, jobs: readonly Job[], holder = `${hostname()}:${process.pid}`): Scheduler {
  let running: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;

  async function takeTurn(job: Job, now: Date): Promise<boolean> {
    const em = orm.em.fork();
    const take = () => em.nativeUpdate(JobLease, { name: job.name, dueAt: { $lte: now } }, { dueAt: new Date(now.getTime() + job.everyMs), lastRunAt: now, holder, runs: raw('runs + 1') });
    if ((await take()) === 1) return true;
    // The job's first tick anywhere: its row is made once (a racing instance's insert fails), then taken as usual.
    if (await em.count(JobLease, { name: job.name })) return false;
    try {
      await em.insert(JobLease, { name: job.name, dueAt: now });
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
    }
    return (await take()) === 1;
  }

  async function tick(): Promise<void> {
    for (const job of jobs) {
      const now = clock();
      try {
        if (!(await takeTurn(job, now))) continue;
        const done = await job.run(orm.em.fork(), now);
        log.info({ job: job.name, ...done }, 'timed job done');
      } catch (error) {
        log.error({ job: job.name, err: error }, 'timed job failed');
      }
    }
  }

  const scheduler: Scheduler = {
    tick() {
      running ??= tick().finally(() => (running = null));
      return running;
    },
    start(tickMs) {
      timer = setInterval(() => void scheduler.tick(), tickMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      await running;
    },
  };
  return scheduler;
}
