import type { EntityManager } from '@mikro-orm/core';
import { OneTimeCode } from './one-time-code.entity.js';
import { Session } from './session.entity.js';

/** How long an ended session or an expired code is kept: long enough to tell "expired" from "unknown". */
const KEPT_MS = 7 * 24 * 3600_000;

/** A timed job (jobs/): sessions and codes a week past their end are deleted; nothing else reads them. */
export async function purgeExpiredSessionsAndCodes(em: EntityManager, now: Date): Promise<{ sessions: number; codes: number }> {
  const before = new Date(now.getTime() - KEPT_MS);
  const sessions = await em.nativeDelete(Session, { expiresAt: { $lt: before } });
  const codes = await em.nativeDelete(OneTimeCode, { expiresAt: { $lt: before } });
  return { sessions, codes };
}
