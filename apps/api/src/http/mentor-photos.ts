import fastifyMultipart from '@fastify/multipart';
import type { MikroORM } from '@mikro-orm/core';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Caches } from '../cache/caches.js';
import { AppError } from '../graphql/errors.js';
import { resolveSession } from '../modules/accounts/sessions.js';
import { MAX_PHOTO_BYTES, photoUrlOf, readPublicPhoto, replaceMentorPhoto } from '../modules/mentors/mentor-photo.service.js';
import { sessionCookieName } from './session-cookie.js';

export interface PhotoRoutes {
  orm: MikroORM;
  caches: Caches;
  photoDir: string;
  production: boolean;
  clock: () => Date;
}

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 415 };

/**
 * Mentors' photos out of band of GraphQL (STACK.md): POST /mentors/:id/photo, multipart field
 * `photo`, JPEG or PNG up to 2 MB; GET /mentor-photos/:key for the public directory.
 */
export async function registerMentorPhotos(app: FastifyInstance, routes: PhotoRoutes): Promise<void> {
  await app.register(async (scope) => {
    await scope.register(fastifyMultipart, { limits: { fileSize: MAX_PHOTO_BYTES, files: 1, fields: 0 } });
    scope.post<{ Params: { id: string } }>('/mentors/:id/photo', async (request, reply) => {
      const em = routes.orm.em.fork();
      const now = routes.clock();
      const token = request.cookies[sessionCookieName(routes.production)];
      const signedIn = token ? await resolveSession(em, token, now) : null;
      try {
        const file = await request.file();
        if (!file) return fail(reply, 400, 'BAD_USER_INPUT', 'send the photo as the multipart field "photo"');
        const bytes = await file.toBuffer();
        const key = await replaceMentorPhoto(
          { em, caches: routes.caches, photoDir: routes.photoDir, actor: signedIn?.actor ?? null, now, ip: request.ip ?? null, requestId: request.id },
          request.params.id,
          bytes,
        );
        return reply.send({ photoUrl: photoUrlOf(key) });
      } catch (error) {
        if (error instanceof AppError) {
          const code = String(error.extensions.code);
          return fail(reply, STATUS[code] ?? 400, code, error.message);
        }
        if (error instanceof scope.multipartErrors.RequestFileTooLargeError) return fail(reply, 413, 'BAD_USER_INPUT', 'a photo is at most 2 MB');
        if (error instanceof scope.multipartErrors.InvalidMultipartContentTypeError) return fail(reply, 400, 'BAD_USER_INPUT', 'send multipart/form-data');
        throw error;
      }
    });
  });
  app.get<{ Params: { key: string } }>('/mentor-photos/:key', async (request, reply) => {
    const photo = await readPublicPhoto(routes.orm.em.fork(), routes.photoDir, request.params.key).catch(() => null);
    if (!photo) return fail(reply, 404, 'NOT_FOUND', 'no such photo');
    // A new photo gets a new key: an address never changes its bytes.
    return reply.header('cache-control', 'public, max-age=31536000, immutable').type(photo.mime).send(photo.bytes);
  });
}

function fail(reply: FastifyReply, status: number, code: string, message: string) {
  return reply.code(status).send({ error: { code, message } });
}
