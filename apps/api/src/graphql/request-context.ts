import type { MikroORM } from '@mikro-orm/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sessionCookie, sessionCookieName } from '../http/session-cookie.js';
import { resolveSession } from '../modules/accounts/sessions.js';
import { confineToProvinces } from '../modules/cycles/index.js';
import type { Context, ServerServices } from './context.js';
import { provinceReach } from './province-reach.js';

export interface RequestContextDeps {
  orm: MikroORM;
  services: ServerServices;
  clock: () => Date;
  production: boolean;
}

/** What a request runs with, GraphQL or REST alike: its own unit of work, who asks (from the session cookie), when. */
export type ContextOf = (request: FastifyRequest, reply: FastifyReply) => Promise<Context>;

export function createContextOf({ orm, services, clock, production }: RequestContextDeps): ContextOf {
  return async (request, reply) => {
    const em = orm.em.fork();
    const now = clock();
    const token = request.cookies[sessionCookieName(production)];
    const signedIn = token ? await resolveSession(em, token, now) : null;
    const cookie = sessionCookie(reply, production);
    if (token && !signedIn) cookie.clear();
    const provinces = await provinceReach(em, signedIn?.actor ?? null);
    confineToProvinces(em, provinces);
    return {
      ...services,
      em,
      requestId: request.id,
      now,
      ip: request.ip ?? null,
      userAgent: request.headers['user-agent'] ?? null,
      actor: signedIn?.actor ?? null,
      provinces,
      sessionId: signedIn?.sessionId ?? null,
      cookie,
    };
  };
}
