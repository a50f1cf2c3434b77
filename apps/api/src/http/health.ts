import type { MikroORM } from '@mikro-orm/core';
import type { FastifyInstance } from 'fastify';

/** 200 only when the database answers, so a load balancer takes a broken instance out. */
export function registerHealth(app: FastifyInstance, orm: MikroORM): void {
  app.get('/healthz', async (request, reply) => {
    try {
      await orm.em.getConnection().execute('select 1');
      return reply.code(200).send({ status: 'ok' });
    } catch (error) {
      request.log.error({ err: error }, 'health check: the database did not answer');
      return reply.code(503).send({ status: 'unavailable' });
    }
  });
}
