import { purgeExpiredSessionsAndCodes } from '../modules/accounts/index.js';
import type { Job } from './scheduler.js';

/** Every timed job of the API, run by the scheduler once per period across instances. */
export const JOBS: readonly Job[] = [
  { name: 'purge-expired-sessions-and-codes', everyMs: 3600_000, run: purgeExpiredSessionsAndCodes },
];
