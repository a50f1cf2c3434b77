import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { createCaches, type Caches } from './cache/caches.js';
import type { Config } from './env.js';
import { createApollo } from './graphql/apollo.js';
import type { Context, ServerServices } from './graphql/context.js';
import { createContextOf } from './graphql/request-context.js';
import { createSchema } from './graphql/schema.js';
import { registerHealth } from './http/health.js';
import { registerMentorPhotos } from './http/mentor-photos.js';
import { safeError } from './http/safe-error.js';
import { personalAnswer, registerSecurityHeaders } from './http/security-headers.js';
import { registerStaticSites } from './http/static-sites.js';
import { registerAdmissionFiles } from './modules/admission/admission-files.route.js';
import { registerApplicationMaterials } from './modules/applications/materials.route.js';
import { registerAppointmentLetterRoute } from './modules/mentors/appointment-letter.route.js';
import { registerMentorFiles } from './modules/mentors/mentor-files.route.js';
import { registerParticipationFiles } from './modules/schools/participation-files.route.js';
import { registerSchoolFiles } from './modules/schools/school-files.route.js';
import { registerScoreFiles } from './modules/selection/score-files.route.js';
import { jobsOf } from './jobs/jobs.js';
import { createDispatcher } from './jobs/outbox-dispatcher.js';
import { createScheduler } from './jobs/scheduler.js';
import { createDelivery, createNotifier } from './modules/notifications/notifier.js';
import { createRateLimits } from './orm/rate-limits.js';

export interface ServerDeps {
  config: Config;
  orm: MikroORM;
  /** The time a request runs at; tests fix it. */
  clock?: () => Date;
  caches?: Caches;
  /** Where log lines go (standard output when not given); tests read them. */
  logStream?: { write(line: string): void };
}

const REQUEST_ID = /^[\w.-]{1,64}$/;

/** How often the outbox is looked at for retries and for messages a run after a response missed. */
const DISPATCH_INTERVAL_MS = 5000;
/** How often the scheduler looks for a job whose turn has come (jobs/jobs.ts). */
const SCHEDULER_TICK_MS = 60_000;

/** What the access log keeps of a request: method, path without its query, where from. */
const requestLine = (request: FastifyRequest) => ({
  method: request.method,
  url: request.url.replace(/\?.*$/s, (query) => (query.length > 1 ? '?…' : '')),
  remoteAddress: request.ip,
});

/** Builds the whole HTTP server without listening, so tests and main share it. */
export async function createServer({ config, orm, clock = () => new Date(), caches = createCaches(), logStream }: ServerDeps): Promise<FastifyInstance> {
  const production = config.nodeEnv === 'production';
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: ['req.headers.cookie', 'req.headers.authorization'],
      // Issue 23: a query string can hold a token or a phone number; the access log keeps the path only.
      serializers: { err: safeError, req: requestLine },
      ...(logStream ? { stream: logStream } : {}),
    },
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    bodyLimit: 100 * 1024,
    trustProxy: config.trustedProxies.length > 0 ? config.trustedProxies : false,
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  await registerSecurityHeaders(app, production);
  // Phones on mobile networks: pages, scripts and GraphQL answers travel compressed.
  await app.register(fastifyCompress, { threshold: 1024 });
  await app.register(fastifyCookie);
  registerHealth(app, orm);

  const delivery = createDelivery(config.notifier, config.sms);
  const dispatcher = createDispatcher(orm, delivery, clock, app.log);
  let queued = false;
  // Issue 11: a response is sent after its unit of work committed, so what it wrote to the outbox can go now.
  app.addHook('onResponse', async () => {
    if (!queued) return;
    queued = false;
    void dispatcher.run();
  });
  dispatcher.start(DISPATCH_INTERVAL_MS);
  app.addHook('onClose', () => dispatcher.stop());
  const scheduler = createScheduler(orm, clock, app.log, jobsOf({ delivery, outboxRetentionDays: config.outboxRetentionDays }));
  scheduler.start(SCHEDULER_TICK_MS);
  app.addHook('onClose', () => scheduler.stop());

  const services: ServerServices = {
    caches,
    notifier: createNotifier(delivery, () => (queued = true)),
    limits: await createRateLimits(orm, config.database),
    publicUrl: config.publicUrl,
    sms: config.sms && { provider: config.sms.provider, templates: config.sms.templates },
  };
  const apollo = createApollo(app, await createSchema(), production);
  await apollo.start();
  const contextOf = createContextOf({ orm, services, clock, production });
  const handler = fastifyApolloHandler<Context>(apollo, { context: contextOf });
  // Issue 23: no GET — variables (phones, codes) would travel in URLs and logs; no answer is cached or indexed.
  app.route({ url: '/graphql', method: ['POST', 'OPTIONS'], handler, onSend: personalAnswer });

  registerAppointmentLetterRoute(app, contextOf);
  await registerSchoolFiles(app, contextOf);
  await registerParticipationFiles(app, contextOf);
  await registerMentorFiles(app, contextOf);
  await registerScoreFiles(app, contextOf);
  await registerAdmissionFiles(app, contextOf);
  await registerMentorPhotos(app, contextOf, config.photoDir);
  await registerApplicationMaterials(app, contextOf, config.materialDir);
  await registerStaticSites(app, config);
  return app;
}
