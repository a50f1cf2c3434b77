import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ContextOf } from '../../graphql/request-context.js';
import { AppError } from '../../graphql/errors.js';
import { fileRouteErrors, requirePreflightHeader } from '../../http/file-routes.js';
import { importScores } from './score-import.service.js';

const MAX_MEGABYTES = 5;

function yearOf(text: string | undefined): number {
  const year = Number(text);
  if (!Number.isInteger(year)) throw new AppError('BAD_USER_INPUT', 'give the cycle as ?year=', { reason: 'NO_YEAR' });
  return year;
}

/** 测评成绩 as files: import the national platform's export (.xlsx or UTF-8 CSV), dry run first (R-SEL-2). */
export async function registerScoreFiles(app: FastifyInstance, contextOf: ContextOf): Promise<void> {
  await app.register(async (scope) => {
    await scope.register(fastifyMultipart, { limits: { fileSize: MAX_MEGABYTES * 1024 * 1024, files: 1, fields: 0, parts: 2 } });
    scope.setErrorHandler(fileRouteErrors(MAX_MEGABYTES));

    scope.post<{ Querystring: { dryRun?: string; year?: string } }>('/api/assessment-scores/import', async (request, reply) => {
      requirePreflightHeader(request);
      const ctx = await contextOf(request, reply);
      const year = yearOf(request.query.year);
      const file = await request.file();
      if (!file) throw new AppError('BAD_USER_INPUT', 'attach the .xlsx or .csv file', { reason: 'NO_FILE' });
      const dryRun = request.query.dryRun === '1' || request.query.dryRun === 'true';
      return reply.send(await importScores(ctx, { file: await file.toBuffer(), fileName: file.filename, year, dryRun }));
    });
  });
}
