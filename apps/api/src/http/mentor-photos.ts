import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../graphql/errors.js';
import type { ContextOf } from '../graphql/request-context.js';
import { MAX_PHOTO_BYTES, photoUrlOf, readPublicPhoto, replaceMentorPhoto } from '../modules/mentors/mentor-photo.service.js';
import { fileRouteErrors, requirePreflightHeader } from './file-routes.js';

/**
 * Mentors' photos out of band of GraphQL (STACK.md): POST /api/mentors/:id/photo, multipart field
 * `photo`, JPEG or PNG up to 2 MB; GET /mentor-photos/:key for the public directory.
 */
export async function registerMentorPhotos(app: FastifyInstance, contextOf: ContextOf, photoDir: string): Promise<void> {
  await app.register(async (scope) => {
    await scope.register(fastifyMultipart, { limits: { fileSize: MAX_PHOTO_BYTES, files: 1, fields: 0 } });
    scope.setErrorHandler(fileRouteErrors(MAX_PHOTO_BYTES / 1024 / 1024));
    scope.post<{ Params: { id: string } }>('/api/mentors/:id/photo', async (request, reply) => {
      requirePreflightHeader(request);
      const ctx = await contextOf(request, reply);
      const file = await request.file();
      if (!file) throw new AppError('BAD_USER_INPUT', 'send the photo as the multipart field "photo"', { reason: 'NO_FILE' });
      const key = await replaceMentorPhoto({ ...ctx, photoDir }, request.params.id, await file.toBuffer());
      return reply.send({ photoUrl: photoUrlOf(key) });
    });
  });
  app.get<{ Params: { key: string } }>('/mentor-photos/:key', async (request, reply) => {
    const ctx = await contextOf(request, reply);
    const photo = await readPublicPhoto(ctx.em, photoDir, request.params.key).catch(() => null);
    if (!photo) return reply.code(404).send({ error: { code: 'NOT_FOUND', message: 'no such photo' } });
    // Issue 23: a person's photo is kept by the browser only, and asked for again once its mentor is no longer shown.
    return reply.header('cache-control', 'private, no-cache').type(photo.mime).send(photo.bytes);
  });
}
