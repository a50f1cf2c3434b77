import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { SCHOOL_OWNERSHIPS, SCHOOL_TYPES } from '@yingcai/domain/schools';
import type { ContextOf } from '../../graphql/request-context.js';
import { AppError } from '../../graphql/errors.js';
import { fileRouteErrors, requirePreflightHeader } from '../../http/file-routes.js';
import { sendXlsx, type XlsxColumn } from '../../http/xlsx.js';
import type { School } from './school.entity.js';
import { SCHOOL_COLUMNS, importSchools } from './school-import.service.js';
import { allSchools, type SchoolSort } from './school.service.js';

const MAX_MEGABYTES = 2;

interface ExportQuery {
  name?: string;
  districtCode?: string;
  schoolType?: string;
  ownership?: string;
  sort?: string;
  direction?: string;
}

const nameOf = (list: readonly { code: string; name: string }[], code: string) => list.find((e) => e.code === code)?.name ?? code;

function sortOf(query: ExportQuery): SchoolSort {
  return { field: query.sort === 'district' ? 'districtCode' : 'name', direction: query.direction === 'desc' ? 'desc' : 'asc' };
}

/** 学校名录 as files: import the office's list (dry run first), export what the table shows. */
export async function registerSchoolFiles(app: FastifyInstance, contextOf: ContextOf): Promise<void> {
  await app.register(async (scope) => {
    await scope.register(fastifyMultipart, { limits: { fileSize: MAX_MEGABYTES * 1024 * 1024, files: 1, fields: 0, parts: 2 } });
    scope.setErrorHandler(fileRouteErrors(MAX_MEGABYTES));

    scope.post<{ Querystring: { dryRun?: string } }>('/api/schools/import', async (request, reply) => {
      requirePreflightHeader(request);
      const ctx = await contextOf(request, reply);
      const file = await request.file();
      if (!file) throw new AppError('BAD_USER_INPUT', 'attach the .xlsx file', { reason: 'NO_FILE' });
      const buffer = await file.toBuffer();
      const dryRun = request.query.dryRun === '1' || request.query.dryRun === 'true';
      return reply.send(await importSchools(ctx, buffer, dryRun));
    });

    scope.get<{ Querystring: ExportQuery }>('/api/schools/export.xlsx', async (request, reply) => {
      const ctx = await contextOf(request, reply);
      const { name, districtCode, schoolType, ownership } = request.query;
      const { rows, districts } = await allSchools(ctx, { name, districtCode, schoolType, ownership }, sortOf(request.query));
      const columns: XlsxColumn<School>[] = [
        { header: SCHOOL_COLUMNS.name, width: 32, value: (s) => s.name },
        { header: SCHOOL_COLUMNS.district, width: 14, value: (s) => nameOf(districts, s.districtCode) },
        { header: '区县代码', width: 10, value: (s) => s.districtCode },
        { header: SCHOOL_COLUMNS.schoolType, width: 14, value: (s) => nameOf(SCHOOL_TYPES, s.schoolType) },
        { header: SCHOOL_COLUMNS.ownership, width: 10, value: (s) => nameOf(SCHOOL_OWNERSHIPS, s.ownership) },
      ];
      return sendXlsx(reply, { fileName: '学校名录.xlsx', sheetName: '学校名录', columns, rows });
    });
  });
}
