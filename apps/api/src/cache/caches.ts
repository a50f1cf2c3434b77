import { ShortLivedCache } from './short-lived-cache.js';

/** The read caches of one server instance; a change to cached data clears its cache. */
export interface Caches {
  /** Public cycle answers: every page reads them; they change a few times a year. */
  cycles: ShortLivedCache;
  /** Public mentor directory pages and mentor pages: whatever approves, withdraws or edits a mentor clears it. */
  mentorDirectory: ShortLivedCache;
  /** Public list of a cycle's participating schools: whatever approves a participation clears it. */
  participatingSchools: ShortLivedCache;
  /** Public notice (公示) of the admitted: publishing the admitted list clears it; it closes by the clock within the time-to-live. */
  admittedNotice: ShortLivedCache;
}

export function createCaches(): Caches {
  return {
    cycles: new ShortLivedCache(10_000),
    mentorDirectory: new ShortLivedCache(10_000),
    participatingSchools: new ShortLivedCache(10_000),
    admittedNotice: new ShortLivedCache(10_000),
  };
}
