import { toProgrammeDateTime } from '@yingcai/domain/cycle';
import type { FastifyInstance } from 'fastify';
import { AppError, notFound } from '../../graphql/errors.js';
import type { ContextOf } from '../../graphql/request-context.js';
import { fileRouteErrors } from '../../http/file-routes.js';
import { sendXlsx, type XlsxColumn } from '../../http/xlsx.js';
import { Application } from '../applications/index.js';
import { audit, auditRead } from '../audit/index.js';
import { requireMay } from '../../graphql/access.js';
import { loadSelectionCycle } from '../selection/index.js';
import { loadAdmissionState, type Candidate } from './admission-board.js';
import { admissionEvidence, type EvidenceLine } from './admission-evidence.js';
import type { AdmissionRow } from '@yingcai/domain/selection';

const GENDER: Record<string, string> = { male: '男', female: '女' };
const timeInBeijing = (at: Date | null) => (at ? toProgrammeDateTime(at, { seconds: true }) : '');

function yearOf(text: string | undefined): number {
  const year = Number(text);
  if (!Number.isInteger(year)) throw new AppError('BAD_USER_INPUT', 'give the cycle as ?year=', { field: 'year' });
  return year;
}

type AdmittedRow = AdmissionRow<Candidate> & { disciplineName: string };

const admittedColumns: XlsxColumn<AdmittedRow>[] = [
  { header: '学科', width: 16, value: (r) => r.disciplineName },
  { header: '学科排名', width: 8, value: (r) => r.rank },
  { header: '报名号', width: 16, value: (r) => r.applicationNumber },
  { header: '姓名', width: 10, value: (r) => r.application.name },
  { header: '性别', width: 6, value: (r) => GENDER[r.application.gender ?? ''] ?? '' },
  { header: '身份证号', width: 20, value: (r) => r.application.idNumber },
  { header: '学校', width: 24, value: (r) => r.application.school?.getEntity().name ?? '' },
  { header: '年级', width: 6, value: (r) => r.application.grade },
  { header: '潜质测评成绩', width: 12, value: (r) => r.assessment },
  { header: '面试成绩', width: 10, value: (r) => r.interview },
  { header: '综合成绩', width: 10, value: (r) => r.combined },
];

const evidenceColumns: XlsxColumn<EvidenceLine>[] = [
  { header: '类别', width: 10, value: (l) => l.section },
  { header: '项目', width: 28, value: (l) => l.item },
  { header: '内容', width: 48, value: (l) => l.value },
  { header: '人员', width: 14, value: (l) => l.who },
  { header: '时间（北京时间）', width: 20, value: (l) => timeInBeijing(l.at) },
];

/** R-SEL-5: the admitted list for the national office, and one application's evidence for an appeal, as Excel. */
export async function registerAdmissionFiles(app: FastifyInstance, contextOf: ContextOf): Promise<void> {
  await app.register(async (scope) => {
    scope.setErrorHandler(fileRouteErrors(0));
    scope.get<{ Querystring: { year?: string } }>('/api/admission/admitted.xlsx', async (request, reply) => {
      const ctx = await contextOf(request, reply);
      requireMay(ctx, 'admission.publish', { kind: 'programme' });
      const year = yearOf(request.query.year);
      const state = await loadAdmissionState(ctx.em, await loadSelectionCycle(ctx.em, year));
      const rows = state.perDiscipline.flatMap((d) => d.admissions.rows.filter((r) => r.decision === 'admitted').map((r) => ({ ...r, disciplineName: d.name })));
      // Issue 23: every admitted student in the file can see that it was exported.
      await auditRead(ctx.em, ctx, { action: 'admission.export_admitted', subjectType: 'application', as: 'office_staff', accountIds: rows.map((r) => r.application.applicant.id) });
      return sendXlsx(reply, { fileName: `录取名单-${year}.xlsx`, sheetName: '录取名单', columns: admittedColumns, rows });
    });
    scope.get<{ Querystring: { applicationId?: string } }>('/api/admission/evidence.xlsx', async (request, reply) => {
      const ctx = await contextOf(request, reply);
      requireMay(ctx, 'admission.decide', { kind: 'programme' });
      const id = Number(request.query.applicationId);
      const application = Number.isInteger(id) ? await ctx.em.findOne(Application, { id }, { populate: ['cycle'] }) : null;
      if (!application) throw notFound(`no application ${request.query.applicationId ?? ''}`);
      const state = await loadAdmissionState(ctx.em, application.cycle.getEntity());
      const lines = await admissionEvidence(ctx.em, state, application);
      audit(ctx.em, ctx, {
        action: 'application.export_evidence', subjectType: 'application', subjectId: application.applicationNumber,
        subjectAccountId: application.applicant.id, as: 'office_staff',
      });
      await ctx.em.flush();
      return sendXlsx(reply, { fileName: `录取依据-${application.applicationNumber}.xlsx`, sheetName: '录取依据', columns: evidenceColumns, rows: lines });
    });
  });
}
