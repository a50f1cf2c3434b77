import { toProgrammeDate } from '@yingcai/domain/cycle';
import { HONOURS, MENTOR_STATUSES, mentorWarnings, type MentorStatus } from '@yingcai/domain/mentors';
import type { EntityManager } from '@mikro-orm/core';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../graphql/errors.js';
import type { ContextOf } from '../../graphql/request-context.js';
import { fileRouteErrors } from '../../http/file-routes.js';
import { sendXlsx, type XlsxColumn } from '../../http/xlsx.js';
import { audit } from '../audit/index.js';
import { Discipline } from '../cycles/index.js';
import type { MentorAppointment } from './mentor-appointment.entity.js';
import { allAppointments, type AppointmentSort } from './mentor-list.service.js';
import type { Mentor } from './mentor.entity.js';
import { allPool, type PoolFilter } from './pool.service.js';

const STATUS_NAMES: Record<MentorStatus, string> = {
  recommended: '已推荐', confirmed: '导师已确认', university_approved: '高校已审核', approved: '已通过', rejected: '未通过',
};
const SORTS: readonly AppointmentSort[] = ['name', 'discipline', 'recommendedAt', 'status'];

interface ListQuery {
  year?: string;
  status?: string;
  disciplineCode?: string;
  search?: string;
  sort?: string;
  direction?: string;
}

/** Discipline names by code for a year; a code no longer in the cycle shows as itself. */
const disciplinesOf = async (em: EntityManager, year: number) =>
  new Map((await em.find(Discipline, { cycle: { year } })).map((d) => [d.code, d.name]));

const honourNames = (codes: string[]) => HONOURS.filter((h) => codes.includes(h.code)).map((h) => h.name).join('、');
const dateOf = (at: Date | null) => (at ? toProgrammeDate(at) : '');

function poolSortOf(query: ListQuery): PoolFilter['sort'] {
  const field = query.sort === 'name' || query.sort === 'discipline' ? query.sort : null;
  return field && { field, direction: query.direction === 'desc' ? 'desc' : 'asc' };
}

function yearOf(query: ListQuery): number {
  const year = Number(query.year);
  if (!Number.isInteger(year)) throw new AppError('BAD_USER_INPUT', 'year must be a year, e.g. 2026', { field: 'year' });
  return year;
}

function statusOf(query: ListQuery): MentorStatus | null {
  const status = query.status?.toLowerCase();
  if (!status) return null;
  if (!MENTOR_STATUSES.includes(status as MentorStatus)) throw new AppError('BAD_USER_INPUT', `no mentor status ${query.status}`, { field: 'status' });
  return status as MentorStatus;
}

const mentorColumns = (disciplines: Map<string, string>): XlsxColumn<Mentor>[] => [
  { header: '姓名', width: 12, value: (m) => m.name },
  { header: '高校', width: 16, value: (m) => m.university.getEntity().name },
  { header: '学科', width: 14, value: (m) => disciplines.get(m.disciplineCode) ?? m.disciplineCode },
  { header: '职称', width: 10, value: (m) => m.title },
  { header: '人才称号', width: 30, value: (m) => honourNames(m.honours) },
  { header: '研究方向', width: 30, value: (m) => m.researchFields.join('、') },
];

const via = <T>(column: XlsxColumn<Mentor>, mentorOf: (row: T) => Mentor): XlsxColumn<T> => ({ ...column, value: (row) => column.value(mentorOf(row)) });

const appointmentColumns = (disciplines: Map<string, string>): XlsxColumn<MentorAppointment>[] => [
  ...mentorColumns(disciplines).map((c) => via(c, (a: MentorAppointment) => a.mentor.getEntity())),
  { header: '指导名额', width: 10, value: (a) => a.capacity },
  { header: '状态', width: 12, value: (a) => STATUS_NAMES[a.status as MentorStatus] },
  { header: '提示', width: 30, value: (a) => mentorWarnings({ honours: a.mentor.getEntity().honours, team: a.team }).map((w) => `${w.rule}${w.subject ? ` ${w.subject}` : ''}`).join('；') },
  { header: '推荐日期', width: 12, value: (a) => dateOf(a.recommendedAt) },
  { header: '审核日期', width: 12, value: (a) => dateOf(a.approvedAt) },
  { header: '来源', width: 14, value: (a) => (a.carriedOverFrom ? `导师库（${a.carriedOverFrom}年度）` : '高校推荐') },
  { header: '聘书编号', width: 14, value: (a) => a.letterNumber },
  { header: '不通过原因', width: 30, value: (a) => a.rejectionReason },
];

/** The mentor tables of the console as Excel: the cycle's candidates and mentors, and the mentor pool. */
export async function registerMentorFiles(app: FastifyInstance, contextOf: ContextOf): Promise<void> {
  await app.register(async (scope) => {
    scope.setErrorHandler(fileRouteErrors(0));
    scope.get<{ Querystring: ListQuery }>('/api/mentor-appointments/export.xlsx', async (request, reply) => {
      const ctx = await contextOf(request, reply);
      const { query } = request;
      const year = yearOf(query);
      const sort = SORTS.find((s) => s === query.sort) ?? 'recommendedAt';
      const rows = await allAppointments(ctx, { year, status: statusOf(query), disciplineCode: query.disciplineCode, search: query.search }, { by: sort, descending: query.direction === 'desc' });
      audit(ctx.em, ctx, { action: 'mentor.export', subjectType: 'mentor_appointment', subjectId: String(year) });
      await ctx.em.flush();
      return sendXlsx(reply, { fileName: `导师遴选-${year}.xlsx`, sheetName: '导师', columns: appointmentColumns(await disciplinesOf(ctx.em, year)), rows });
    });
    scope.get<{ Querystring: ListQuery }>('/api/mentor-pool/export.xlsx', async (request, reply) => {
      const ctx = await contextOf(request, reply);
      const year = yearOf(request.query);
      const rows = await allPool(ctx, { year, disciplineCode: request.query.disciplineCode, search: request.query.search, sort: poolSortOf(request.query) });
      type PoolRow = (typeof rows)[number];
      const columns: XlsxColumn<PoolRow>[] = [
        ...mentorColumns(await disciplinesOf(ctx.em, year)).map((c) => via(c, (row: PoolRow) => row.mentor)),
        { header: '任职年度', width: 14, value: (row) => row.servedYears.join('、') },
        { header: `已在${year}年度`, width: 12, value: (row) => (row.inCycle ? '是' : '否') },
      ];
      audit(ctx.em, ctx, { action: 'mentor.export_pool', subjectType: 'mentor', subjectId: String(year), as: 'office_staff' });
      await ctx.em.flush();
      return sendXlsx(reply, { fileName: `导师库-${year}.xlsx`, sheetName: '导师库', columns, rows });
    });
  });
}
