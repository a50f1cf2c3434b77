import { OptimisticLockError, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import type { Context } from '../graphql/context.js';
import { AppError } from '../graphql/errors.js';

const changedElsewhere = () => new AppError('CONFLICT', 'the application was changed elsewhere (another tab or device): reload it');

/** Refuses a change made on an older version than the stored one; a new record is saved without a version. */
export function checkVersion(stored: { version: number } | null, version: number | null | undefined, conflict = changedElsewhere): void {
  const storedVersion = stored?.version ?? null;
  if ((version ?? null) !== storedVersion) throw conflict();
}

/** Runs a change in a transaction; a concurrent save caught at flush (lock or unique index) is a CONFLICT too. */
export async function saveLocked<T>(ctx: Context, change: (em: EntityManager) => Promise<T>, conflict: (error: Error) => AppError = changedElsewhere): Promise<T> {
  try {
    return await ctx.em.transactional(change);
  } catch (error) {
    if (error instanceof OptimisticLockError || error instanceof UniqueConstraintViolationException) throw conflict(error);
    throw error;
  }
}
