import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export interface Sites {
  webDist: string;
  adminDist: string;
}

/**
 * Serves the built public site at / and the console at /admin/; any other GET that is not
 * the API falls back to the right index.html, so client-side routes survive a reload.
 */
export async function registerStaticSites(app: FastifyInstance, sites: Sites): Promise<void> {
  const built = (dist: string) => existsSync(join(dist, 'index.html'));
  if (built(sites.adminDist)) {
    await app.register(fastifyStatic, { root: sites.adminDist, prefix: '/admin/', decorateReply: false, wildcard: false, cacheControl: false, setHeaders: cacheHashedAssets });
  }
  if (built(sites.webDist)) {
    await app.register(fastifyStatic, { root: sites.webDist, prefix: '/', wildcard: false, cacheControl: false, setHeaders: cacheHashedAssets });
  } else {
    app.log.warn(`the public site is not built (${sites.webDist}); run npm run build`);
  }
  app.setNotFoundHandler((request, reply) => {
    const wantsPage = request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
    if (!wantsPage) return reply.code(404).send({ error: 'Not Found' });
    const isAdmin = request.url === '/admin' || request.url.startsWith('/admin/');
    const dist = isAdmin ? sites.adminDist : sites.webDist;
    if (!built(dist)) return reply.code(404).send({ error: 'Not Found' });
    // Issue 23: the public notice names minors; robots.txt and the page's meta say so too.
    if (/^\/admitted(\/|\?|$)/.test(request.url)) reply.header('x-robots-tag', 'noindex');
    return reply.type('text/html').sendFile('index.html', dist);
  });
}

/** Vite names built assets by content hash: they never change, so browsers keep them. Pages are revalidated. */
function cacheHashedAssets(reply: { setHeader(name: string, value: string): unknown }, path: string): void {
  const hashed = /[\\/]assets[\\/][^/\\]+-[\w-]{8}\.(js|css)$/.test(path);
  reply.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
}
