import type { EntityManager } from '@mikro-orm/core';
import { setImmediate } from 'node:timers/promises';
import { advanceApplication, type ApplicationStatus } from '@yingcai/domain/applications';
import {
  planScoreImport, reportScoreImport, type ScoreCandidate, type ScoreImportPlan, type ScoreImportReport, type ScoreImportRow, type ScoreRowInput,
} from '@yingcai/domain/selection';
import type { Context } from '../../graphql/context.js';
import { AppError, ruleViolation } from '../../graphql/errors.js';
import { Application } from '../applications/index.js';
import { saveLocked } from '../../orm/locked-unit-of-work.js';
import { readRows } from '../../orm/read-rows.js';
import { idNumberHash } from '../../crypto/lookup-hash.js';
import { audit } from '../audit/index.js';
import { type Cycle, loadCycle, requireStepOpen } from '../cycles/index.js';
import { requireMay } from '../../graphql/access.js';
import { DisciplineCutOff } from './discipline-cut-off.entity.js';
import { readScoreSheet } from './score-sheet.js';

type SheetInput = { rowNumber: number; row: ScoreRowInput }[];

/** Rows per read, and between reads the event loop serves other requests (issue 10: a 100,000-row file blocked it for seconds). */
const PAGE = 5000;

interface CandidateRow {
  id: number;
  application_number: string;
  submitted_id_hash: string | null;
  name: string | null;
  discipline_code: string | null;
  status: ApplicationStatus;
  assessment_score: number | string | null;
}

const candidateOf = (row: CandidateRow): ScoreCandidate => ({
  applicationId: String(row.id),
  applicationNumber: row.application_number,
  idKey: row.submitted_id_hash,
  name: row.name,
  disciplineCode: row.discipline_code,
  status: row.status,
  score: row.assessment_score === null ? null : Number(row.assessment_score),
});

/** Every submitted application of the cycle as plain rows, a page at a time: a file may name any of them. */
async function candidatesOf(em: EntityManager, cycle: Cycle): Promise<ScoreCandidate[]> {
  const candidates: ScoreCandidate[] = [];
  for (let after = 0; ; ) {
    const rows = await readRows<CandidateRow>(
      em,
      `select id, application_number, submitted_id_hash, name, discipline_code, status, assessment_score from application
       where cycle_id = ? and status <> 'draft' and id > ? order by id limit ${PAGE}`,
      [cycle.id, after],
    );
    candidates.push(...rows.map(candidateOf));
    await setImmediate();
    if (rows.length < PAGE) return candidates;
    after = rows.at(-1)!.id;
  }
}

/** The plan of what the file would do, and how many assessed applicants it leaves out. */
async function plan(em: EntityManager, cycle: Cycle, input: SheetInput) {
  const candidates = await candidatesOf(em, cycle);
  const published = await em.find(DisciplineCutOff, { cycle, publishedAt: { $ne: null } });
  const result = planScoreImport(input, { candidates, publishedDisciplines: new Set(published.map((p) => p.disciplineCode)), idKeyOf: idNumberHash });
  await setImmediate();
  const named = new Set(result.rows.flatMap((r) => (r.candidate ? [r.candidate.applicationId] : [])));
  // An assessed applicant the file does not name keeps the score (decision 020): the office sees how many.
  const notInFile = candidates.filter((c) => c.status === 'assessed' && !named.has(c.applicationId)).length;
  return { result, notInFile };
}

/** The applications a commit changes, as entities, a page at a time. */
async function changing(em: EntityManager, rows: readonly ScoreImportRow[]): Promise<Map<string, Application>> {
  const ids = rows.filter((r) => r.status === 'assess' || r.status === 'replace').map((r) => Number(r.candidate!.applicationId));
  const byId = new Map<string, Application>();
  for (let i = 0; i < ids.length; i += PAGE) {
    for (const application of await em.find(Application, { id: { $in: ids.slice(i, i + PAGE) } })) byId.set(String(application.id), application);
    await setImmediate();
  }
  return byId;
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
  const cycle = await loadCycle(ctx.em, input.year, []);
  await requireStepOpen(ctx.em, ctx, cycle.id, 'import_scores');
  const sheet = await readScoreSheet(input.file, input.fileName);
  await setImmediate();
  const reportOf = (planned: { result: ScoreImportPlan; notInFile: number }, committed: boolean) =>
    reportScoreImport(planned.result, { dryRun: input.dryRun, committed, fileName: input.fileName, notInFile: planned.notInFile });
  if (input.dryRun) return reportOf(await plan(ctx.em, cycle, sheet), false);
  return saveLocked(ctx, async (em) => {
    const planned = await plan(em, cycle, sheet);
    if (planned.result.hasBadRows) {
      throw new AppError('BAD_USER_INPUT', 'some rows are bad: no score was imported', { reason: 'BAD_ROWS', ...reportOf(planned, false) });
    }
    const byId = await changing(em, planned.result.rows);
    for (const row of planned.result.rows) {
      if (row.status === 'assess' || row.status === 'replace') record(em, ctx, byId.get(row.candidate!.applicationId)!, row);
    }
    const report = reportOf(planned, true);
    audit(em, ctx, {
      action: 'selection.import_scores', subjectType: 'cycle', subjectId: String(input.year), as: 'office_staff',
      reason: `${input.fileName}: ${report.counts.assess} assessed, ${report.counts.replace} replaced, ${report.counts.unchanged} unchanged`,
    });
    return report;
  }, importConflict);
}
