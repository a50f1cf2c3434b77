import fastifyMultipart from '@fastify/multipart';
import { MATERIAL_EXTENSIONS, MATERIAL_LIMITS } from '@yingcai/domain/applications';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../graphql/errors.js';
import type { ContextOf } from '../../graphql/request-context.js';
import { attachmentDisposition } from '../../http/content-disposition.js';
import { fileRouteErrors, requirePreflightHeader } from '../../http/file-routes.js';
import { toMaterialType } from './application-material.type.js';
import { openMaterial } from './material-read.service.js';
import { deleteMaterial, requireMaterialOwner, uploadMaterial } from './materials.service.js';

function yearOf(query: { year?: string }): number {
  const year = Number(query.year);
  if (!Number.isInteger(year)) throw new AppError('BAD_USER_INPUT', 'year must be the cycle’s year, e.g. ?year=2026', { field: 'year' });
  return year;
}

/**
 * Supporting materials (R-APP-3) out of band of GraphQL (STACK.md): POST /api/applications/mine/materials?year=
 * (multipart field `file`, one file a request), DELETE /api/applications/mine/materials/:id, and
 * GET /api/application-materials/:id for the applicant, the office and the school's coordinator.
 */
export async function registerApplicationMaterials(app: FastifyInstance, contextOf: ContextOf, materialDir: string): Promise<void> {
  await app.register(async (scope) => {
    // Past the limit busboy stops keeping bytes and marks the file truncated: the service refuses it as R-APP-3.
    await scope.register(fastifyMultipart, { limits: { fileSize: MATERIAL_LIMITS.maxBytes, files: 1, fields: 0 }, throwFileSizeLimit: false });
    scope.setErrorHandler(fileRouteErrors(MATERIAL_LIMITS.maxBytes / 1024 / 1024));

    scope.post<{ Querystring: { year?: string } }>('/api/applications/mine/materials', async (request, reply) => {
      requirePreflightHeader(request);
      const ctx = await contextOf(request, reply);
      const year = yearOf(request.query);
      requireMaterialOwner(ctx); // before reading up to 10 MB from someone who may not upload
      const file = await request.file();
      if (!file) throw new AppError('BAD_USER_INPUT', 'send the material as the multipart field "file"', { reason: 'NO_FILE' });
      const bytes = await file.toBuffer();
      const material = await uploadMaterial(ctx, materialDir, year, { fileName: file.filename, bytes, truncated: file.file.truncated });
      return reply.code(201).send(toMaterialType(material));
    });

    scope.delete<{ Params: { id: string } }>('/api/applications/mine/materials/:id', async (request, reply) => {
      requirePreflightHeader(request);
      await deleteMaterial(await contextOf(request, reply), materialDir, request.params.id);
      return reply.code(204).send();
    });

    scope.get<{ Params: { id: string } }>('/api/application-materials/:id', async (request, reply) => {
      const { material, bytes } = await openMaterial(await contextOf(request, reply), materialDir, request.params.id);
      return reply
        .type(material.mediaType)
        .header('content-length', material.size)
        .header('content-disposition', attachmentDisposition(material.fileName, `material-${material.id}.${MATERIAL_EXTENSIONS[material.mediaType][0]}`))
        .header('cache-control', 'private, no-store')
        .send(bytes);
    });
  });
}
