import type { FastifyReply } from 'fastify';
import type { SessionCookie } from '../graphql/context.js';

/** `__Host-` binds the cookie to this host over HTTPS in production; plain HTTP on a laptop cannot carry it. */
export const sessionCookieName = (production: boolean): string => (production ? '__Host-yingcai_session' : 'yingcai_session');

export function sessionCookie(reply: FastifyReply, production: boolean): SessionCookie {
  const name = sessionCookieName(production);
  const options = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: production };
  return {
    set: (token, maxAgeSeconds) => void reply.setCookie(name, token, { ...options, maxAge: maxAgeSeconds }),
    clear: () => void reply.clearCookie(name, options),
  };
}
