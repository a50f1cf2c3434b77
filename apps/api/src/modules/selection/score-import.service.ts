import type { EntityManager } from '@mikro-orm/core';
import { advanceApplication } from '@yingcai/domain/applications';
import {
  planScoreImport, reportScoreImport, type ScoreCandidate, type ScoreImportPlan, type ScoreImportReport, type ScoreImportRow, type ScoreRowInput,
} from '@yingcai/domain/selection';
import type { Context } from '../../graphql/context.js';
import { AppError, notFound, ruleViolation } from '../../graphql/errors.js';
import { Application } from '../applications/application.entity.js';
import { saveLocked } from '../applications/application-lock.js';
import { audit } from '../audit/audit.js';
import { Cycle } from '../cycles/cycle.entity.js';
import { requireMay } from '../mentors/mentor-access.js';
import { DisciplineCutOff } from './discipline-cut-off.entity.js';
import { readScoreSheet } from './score-sheet.js';

type SheetInput = { rowNumber: number; row: ScoreRowInput }[];

const keysOf = (input: SheetInput, key: 'idNumber' | 'applicationNumber') =>
  [...new Set(input.map(({ row }) => row[key].trim().toUpperCase()).filter(Boolean))];

const candidateOf = (application: Application): ScoreCandidate => ({
  applicationId: String(application.id),
  applicationNumber: application.applicationNumber!,
  idNumber: application.submittedIdNumber,
  name: application.name,
  disciplineCode: application.disciplineCode,
  status: application.status,
  score: application.assessmentScore,
});

/** The applications the file names (by either key, submitted ones only) and the plan of what it would do. */
async function plan(em: EntityManager, cycle: Cycle, input: SheetInput) {
  const applications = await em.find(Application, {
    cycle, status: { $ne: 'draft' },
    $or: [{ submittedIdNumber: { $in: keysOf(input, 'idNumber') } }, { applicationNumber: { $in: keysOf(input, 'applicationNumber') } }],
  });
  const published = await em.find(DisciplineCutOff, { cycle, publishedAt: { $ne: null } });
  const result = planScoreImport(input, {
    candidates: applications.map(candidateOf),
    publishedDisciplines: new Set(published.map((p) => p.disciplineCode)),
  });
  const named = result.rows.flatMap((r) => (r.candidate ? [Number(r.candidate.applicationId)] : []));
  // An assessed applicant the file does not name keeps the score (decision 020): the office sees how many.
  const notInFile = await em.count(Application, { cycle, status: 'assessed', id: { $nin: named } });
  return { result, notInFile, byId: new Map(applications.map((a) => [String(a.id), a])) };
}

function record(em: EntityManager, ctx: Context, application: Application, row: ScoreImportRow): void {
  const score = row.row!.score;
  const previous = application.assessmentScore;
  if (row.status === 'assess') {
    const next = advanceApplication(application.status, 'record_assessment', 'office');
    if (!next.ok) throw ruleViolation([next.error]);
    application.status = next.value;
  }
  em.assign(application, { assessmentScore: score, assessedAt: ctx.now, updatedAt: ctx.now });
  audit(em, ctx, {
    action: row.status === 'assess' ? 'application.record_assessment' : 'application.replace_assessment',
    subjectType: 'application', subjectId: application.applicationNumber, subjectAccountId: application.applicant.id,
    as: 'office_staff', reason: row.status === 'assess' ? String(score) : `${previous} → ${score}`,
  });
}

const importConflict = () => new AppError('CONFLICT', 'some applications changed while the scores were imported: check the file again');

/**
 * R-SEL-2: imports the national platform's potential-assessment scores from an .xlsx or UTF-8 CSV file.
 * A dry run only says what each row would do; otherwise the whole file is applied in one transaction,
 * or nothing when any row is refused. Conformant applications become assessed; assessed ones get the new score.
 */
export async function importScores(ctx: Context, input: { file: Buffer; fileName: string; year: number; dryRun: boolean }): Promise<ScoreImportReport> {
  requireMay(ctx, 'selection.import_scores', { kind: 'programme' });
  const cycle = await ctx.em.findOne(Cycle, { year: input.year });
  if (!cycle) throw notFound(`no programme cycle for ${input.year}`);
  const sheet = await readScoreSheet(input.file, input.fileName);
  const reportOf = (planned: { result: ScoreImportPlan; notInFile: number }, committed: boolean) =>
    reportScoreImport(planned.result, { dryRun: input.dryRun, committed, fileName: input.fileName, notInFile: planned.notInFile });
  if (input.dryRun) return reportOf(await plan(ctx.em, cycle, sheet), false);
  return saveLocked(ctx, async (em) => {
    const planned = await plan(em, cycle, sheet);
    if (planned.result.hasBadRows) {
      throw new AppError('BAD_USER_INPUT', 'some rows are bad: no score was imported', { reason: 'BAD_ROWS', ...reportOf(planned, false) });
    }
    for (const row of planned.result.rows) {
      if (row.status === 'assess' || row.status === 'replace') record(em, ctx, planned.byId.get(row.candidate!.applicationId)!, row);
    }
    const report = reportOf(planned, true);
    audit(em, ctx, {
      action: 'selection.import_scores', subjectType: 'cycle', subjectId: String(input.year), as: 'office_staff',
      reason: `${input.fileName}: ${report.counts.assess} assessed, ${report.counts.replace} replaced, ${report.counts.unchanged} unchanged`,
    });
    return report;
  }, importConflict);
}
