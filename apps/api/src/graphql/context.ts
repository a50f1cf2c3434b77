import type { EntityManager } from '@mikro-orm/core';
import type { Caches } from '../cache/caches.js';

/** What every resolver gets: its own unit of work, the request id for logs, the time it started, the instance's caches. */
export interface Context {
  em: EntityManager;
  requestId: string;
  now: Date;
  caches: Caches;
}
