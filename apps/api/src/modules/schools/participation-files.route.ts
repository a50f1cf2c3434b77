import { toProgrammeDate } from '@yingcai/domain/cycle';
import type { FastifyInstance } from 'fastify';
import { can } from '@yingcai/domain/access';
import { maskPhone } from '@yingcai/domain/privacy';
import type { Person } from '@yingcai/domain/schools';
import type { ContextOf } from '../../graphql/request-context.js';
import { AppError } from '../../graphql/errors.js';
import { fileRouteErrors } from '../../http/file-routes.js';
import { sendXlsx, type XlsxColumn } from '../../http/xlsx.js';
import { audit } from '../audit/index.js';
import { Participation } from './participation.entity.js';
import { provinceDistricts } from './school-register.js';

const STATUS_NAMES: Record<string, string> = { draft: '草稿', submitted: '已提交', approved: '已通过', rejected: '未通过' };

const personOf = (person: Person | null) => (person ? `${person.name}${person.title ? `（${person.title}）` : ''}` : '');
const phoneOf = (person: Person | null) => (person?.phone ? maskPhone(person.phone) : '');
const dateOf = (at: Date | null) => (at ? toProgrammeDate(at) : '');

/** 参与中学 as Excel for the office: every school's application of a year, phones masked as in the list. */
export async function registerParticipationFiles(app: FastifyInstance, contextOf: ContextOf): Promise<void> {
  await app.register(async (scope) => {
    scope.setErrorHandler(fileRouteErrors(0));
    scope.get<{ Querystring: { year?: string } }>('/api/participations/export.xlsx', async (request, reply) => {
      const ctx = await contextOf(request, reply);
      if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'sign in first');
      if (!can(ctx.actor, 'participation.read', { kind: 'programme' }).allowed) throw new AppError('FORBIDDEN', 'only the office exports every school\'s participation');
      const year = Number(request.query.year);
      if (!Number.isInteger(year)) throw new AppError('BAD_USER_INPUT', 'year must be a year, e.g. 2026', { field: 'year' });
      const rows = await ctx.em.find(Participation, { cycle: { year } }, { populate: ['school'], orderBy: { school: { name: 'asc' } } });
      const districts = await provinceDistricts(ctx.em);
      const district = (code: string) => `${code} ${districts.find((d) => d.code === code)?.name ?? ''}`.trim();
      const columns: XlsxColumn<Participation>[] = [
        { header: '学校', width: 32, value: (p) => p.school.getEntity().name },
        { header: '所在区县', width: 18, value: (p) => district(p.school.getEntity().districtCode) },
        { header: '申请状态', width: 10, value: (p) => STATUS_NAMES[p.status] ?? p.status },
        { header: '提交日期', width: 12, value: (p) => dateOf(p.submittedAt) },
        { header: '团队负责人', width: 18, value: (p) => personOf(p.team.leader) },
        { header: '负责人电话', width: 14, value: (p) => phoneOf(p.team.leader) },
        { header: '联络人', width: 12, value: (p) => personOf(p.team.contact) },
        { header: '联络人电话', width: 14, value: (p) => phoneOf(p.team.contact) },
        { header: '审核日期', width: 12, value: (p) => dateOf(p.decidedAt) },
        { header: '不通过原因', width: 30, value: (p) => p.rejectionReason },
      ];
      // The list holds school staff's names: the export is a read of people's data, audited.
      audit(ctx.em, ctx, { action: 'participation.export', subjectType: 'participation', subjectId: String(year), as: 'office_staff' });
      await ctx.em.flush();
      return sendXlsx(reply, { fileName: `参与中学-${year}.xlsx`, sheetName: '参与中学', columns, rows });
    });
  });
}
