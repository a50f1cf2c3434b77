import type { EntityManager } from '@mikro-orm/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { resolveSession, type SignedIn } from '../modules/accounts/sessions.js';
import { sessionCookie, sessionCookieName } from './session-cookie.js';

/** Who sends a request, by its session cookie; a cookie naming no live session is cleared. GraphQL and REST routes share it. */
export async function signedInOf(request: FastifyRequest, reply: FastifyReply, em: EntityManager, now: Date, production: boolean): Promise<SignedIn | null> {
  const token = request.cookies[sessionCookieName(production)];
  const signedIn = token ? await resolveSession(em, token, now) : null;
  if (token && !signedIn) sessionCookie(reply, production).clear();
  return signedIn;
}
