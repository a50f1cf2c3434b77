import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import fastifyCompress from '@fastify/compress';
import Fastify, { type FastifyInstance } from 'fastify';
import { createCaches, type Caches } from './cache/caches.js';
import type { Config } from './env.js';
import { createApollo } from './graphql/apollo.js';
import type { Context } from './graphql/context.js';
import { createSchema } from './graphql/schema.js';
import { registerHealth } from './http/health.js';
import { registerStaticSites } from './http/static-sites.js';

export interface ServerDeps {
  config: Pick<Config, 'nodeEnv' | 'logLevel' | 'webDist' | 'adminDist'>;
  orm: MikroORM;
  /** The time a request runs at; tests fix it. */
  clock?: () => Date;
  caches?: Caches;
}

const REQUEST_ID = /^[\w.-]{1,64}$/;

/** Builds the whole HTTP server without listening, so tests and main share it. */
export async function createServer({ config, orm, clock = () => new Date(), caches = createCaches() }: ServerDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers.authorization'] },
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    bodyLimit: 100 * 1024,
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  // Phones on mobile networks: pages, scripts and GraphQL answers travel compressed.
  await app.register(fastifyCompress, { threshold: 1024 });
  registerHealth(app, orm);

  const apollo = createApollo(app, await createSchema(), config.nodeEnv === 'production');
  await apollo.start();
  const handler = fastifyApolloHandler<Context>(apollo, {
    context: async (request) => ({ em: orm.em.fork(), requestId: request.id, now: clock(), caches }),
  });
  app.route({ url: '/graphql', method: ['GET', 'POST', 'OPTIONS'], handler });

  await registerStaticSites(app, config);
  return app;
}
