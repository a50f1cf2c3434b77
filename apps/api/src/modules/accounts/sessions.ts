import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { Actor, RoleGrant } from '@yingcai/domain/access';
import type { Account } from './account.entity.js';
import { newToken, sha256 } from './secrets.js';
import { Session } from './session.entity.js';

/** Staff: idle 30 min, absolute 12 h. Applicants, on their own phones: idle 2 h, absolute 7 days. */
const LIMITS = {
  staff: { idleSeconds: 30 * 60, absoluteSeconds: 12 * 3600 },
  applicant: { idleSeconds: 2 * 3600, absoluteSeconds: 7 * 24 * 3600 },
};

/** lastSeenAt is written at most this often, not on every request. */
const TOUCH_AFTER_MS = 60_000;

export const isStaff = (account: Account): boolean => account.grants.getItems().some((g) => g.role !== 'applicant');

export interface StartedSession {
  token: string;
  maxAgeSeconds: number;
}

export interface Client {
  ip: string | null;
  userAgent: string | null;
  now: Date;
}

/** A new session with a new random token (rotation: never reuse a token across a login). */
export function startSession(em: EntityManager, account: Account, client: Client): StartedSession {
  const limits = isStaff(account) ? LIMITS.staff : LIMITS.applicant;
  const token = newToken();
  em.create(Session, {
    id: sha256(token),
    handle: randomBytes(8).toString('hex'),
    account,
    createdAt: client.now,
    lastSeenAt: client.now,
    expiresAt: new Date(client.now.getTime() + limits.absoluteSeconds * 1000),
    idleTimeoutSeconds: limits.idleSeconds,
    userAgent: client.userAgent?.slice(0, 300) ?? null,
    ip: client.ip,
  });
  return { token, maxAgeSeconds: limits.absoluteSeconds };
}

export interface SignedIn {
  actor: Actor;
  sessionId: string;
  account: Account;
}

/** The account behind a cookie's token, if the session is alive and the account active. */
export async function resolveSession(em: EntityManager, token: string, now: Date): Promise<SignedIn | null> {
  const session = await em.findOne(Session, { id: sha256(token) }, { populate: ['account', 'account.grants'] });
  if (!session) return null;
  const account = session.account.getEntity();
  const idleEnd = session.lastSeenAt.getTime() + session.idleTimeoutSeconds * 1000;
  if (now >= session.expiresAt || now.getTime() >= idleEnd || account.status !== 'active') {
    await em.nativeDelete(Session, { id: session.id });
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await em.nativeUpdate(Session, { id: session.id }, { lastSeenAt: now });
  }
  return { actor: actorOf(account), sessionId: session.id, account };
}

export const grantsOf = (account: Account): RoleGrant[] => account.grants.getItems().map(({ role, scopeId }) => ({ role, scopeId }));

export const actorOf = (account: Account): Actor => ({ accountId: account.id, grants: grantsOf(account) });

/** Logout, disable, password change: the sessions are deleted, so their cookies sign nobody in. */
export async function endSessions(em: EntityManager, accountId: string, except?: string): Promise<number> {
  return em.nativeDelete(Session, { account: accountId, ...(except ? { id: { $ne: except } } : {}) });
}
