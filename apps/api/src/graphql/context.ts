import type { EntityManager } from '@mikro-orm/core';
import type { Actor } from '@yingcai/domain/access';
import type { Caches } from '../cache/caches.js';
import type { RateLimits } from '../orm/rate-limits.js';
import type { Notifier } from '../modules/notifications/notifier.js';
import type { SmsSettings } from '../sms-settings.js';

/** Sets or clears the session cookie on the response. */
export interface SessionCookie {
  set(token: string, maxAgeSeconds: number): void;
  clear(): void;
}

/** What lives as long as the server: shared by every request. */
export interface ServerServices {
  caches: Caches;
  notifier: Notifier;
  limits: RateLimits;
  publicUrl: string;
  /** Issue 23: which SMS provider sends text messages, and its template per message; null: none does. */
  sms: Pick<SmsSettings, 'provider' | 'templates'> | null;
}

/** What every resolver gets: its unit of work, who asks and from where, when, and the server's services. */
export interface Context extends ServerServices {
  em: EntityManager;
  requestId: string;
  now: Date;
  ip: string | null;
  userAgent: string | null;
  actor: Actor | null;
  /** Issue 11: the provinces the actor's roles reach (graphql/province-reach.ts); null: every province. */
  provinces: readonly string[] | null;
  /** The current session's id (the token's hash), when signed in. */
  sessionId: string | null;
  cookie: SessionCookie;
}
