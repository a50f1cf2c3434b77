import type { EntityManager } from '@mikro-orm/core';

/** What every resolver gets: its own unit of work, the request id for logs, and the time it started. */
export interface Context {
  em: EntityManager;
  requestId: string;
  now: Date;
}
