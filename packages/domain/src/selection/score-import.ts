import type { ApplicationStatus } from '../applications/application-status.js';
import { maskIdNumber } from '../privacy/mask.js';
import { checkScoreRow, type ScoreRow, type ScoreRowInput, type ScoreRowProblem } from './score-row.js';

/** A submitted application a row of the file may name, as stored. */
export interface ScoreCandidate {
  applicationId: string;
  applicationNumber: string;
  /** What its ID number is found by: the number itself, or the keyed hash the API stores instead (issue 22). */
  idKey: string | null;
  name: string | null;
  disciplineCode: string | null;
  status: ApplicationStatus;
  score: number | null;
}

/**
 * What importing one row would do: give a conformant application its first score (`assess`), replace an
 * assessed one's (`replace`), nothing (`unchanged`), or refuse the row: malformed (`invalid`), naming
 * nobody of the cycle (`unmatched`), naming someone an earlier row named (`duplicate`), or naming an
 * application that cannot take a score (`refused`).
 */
export type ScoreImportStatus = 'assess' | 'replace' | 'unchanged' | 'invalid' | 'unmatched' | 'duplicate' | 'refused';

export const BAD_SCORE_IMPORT_STATUSES: readonly ScoreImportStatus[] = ['invalid', 'unmatched', 'duplicate', 'refused'];

export interface ScoreImportRow {
  /** The row number in the sheet, as the office sees it in Excel. */
  rowNumber: number;
  status: ScoreImportStatus;
  /** The matched application; null when none is matched. */
  candidate: ScoreCandidate | null;
  /** The checked row; null for an invalid one. */
  row: ScoreRow | null;
  problems: ScoreRowProblem[];
}

export interface ScoreImportPlan {
  rows: ScoreImportRow[];
  /** True when any row is refused for any reason: then nothing is imported. */
  hasBadRows: boolean;
}

export interface ScoreImportContext {
  /** The submitted applications of the cycle whose ID or application number appears in the file. */
  candidates: readonly ScoreCandidate[];
  /** Disciplines whose invited list is published: their scores are fixed (R-SEL-3). */
  publishedDisciplines: ReadonlySet<string>;
  /** The key a file's ID number is looked up by, as `idKey` holds it; the number itself when not given. */
  idKeyOf?: (idNumber: string) => string;
}

type Match = { candidate: ScoreCandidate } | { problem: ScoreRowProblem } | null;

/** The application a row names; when it gives both keys, both must name the same one. */
function match(row: ScoreRow, byId: (idNumber: string) => ScoreCandidate | undefined, byNumber: ReadonlyMap<string, ScoreCandidate>): Match {
  const byIdNumber = row.idNumber ? byId(row.idNumber) : undefined;
  const byApplicationNumber = row.applicationNumber ? byNumber.get(row.applicationNumber) : undefined;
  const found = byIdNumber ?? byApplicationNumber;
  if (!found) return null;
  const bothGiven = row.idNumber !== null && row.applicationNumber !== null;
  if (bothGiven && byIdNumber !== byApplicationNumber) return { problem: { field: 'key', reason: 'key.mismatch' } };
  return { candidate: found };
}

/** R-SEL-2: only a conformant application takes a first score; an assessed one a new score until its discipline is published. */
function statusFor(candidate: ScoreCandidate, score: number, published: ReadonlySet<string>): Pick<ScoreImportRow, 'status' | 'problems'> {
  if (candidate.status === 'conformant') return { status: 'assess', problems: [] };
  if (candidate.status !== 'assessed') return { status: 'refused', problems: [{ field: 'application', reason: 'application.notConformant' }] };
  if (candidate.disciplineCode && published.has(candidate.disciplineCode)) {
    return { status: 'refused', problems: [{ field: 'application', reason: 'application.published' }] };
  }
  return { status: candidate.score === score ? 'unchanged' : 'replace', problems: [] };
}

/**
 * R-SEL-2: plans an import of the national platform's scores. Each row is checked alone, then matched by
 * ID number or application number to a submitted application of the cycle; a second row for the same
 * application is a duplicate. The import is all or nothing, so any refused row holds back the file.
 */
export function planScoreImport(input: readonly { rowNumber: number; row: ScoreRowInput }[], context: ScoreImportContext): ScoreImportPlan {
  const byKey = new Map(context.candidates.filter((c) => c.idKey).map((c) => [c.idKey!, c]));
  const keyOf = context.idKeyOf ?? ((idNumber: string) => idNumber);
  const byId = (idNumber: string) => byKey.get(keyOf(idNumber));
  const byNumber = new Map(context.candidates.map((c) => [c.applicationNumber, c]));
  const seen = new Set<string>();
  // A bad row still says whose it is when its application number names one: the office knows whom to ask.
  const namedBy = (text: ScoreRowInput) => byNumber.get(text.applicationNumber.trim().toUpperCase()) ?? null;
  const rows = input.map(({ rowNumber, row: text }): ScoreImportRow => {
    const checked = checkScoreRow(text);
    if (!checked.ok) return { rowNumber, status: 'invalid', candidate: namedBy(text), row: null, problems: checked.error };
    const row = checked.value;
    const found = match(row, byId, byNumber);
    if (!found) return { rowNumber, status: 'unmatched', candidate: null, row, problems: [{ field: 'application', reason: 'application.unmatched' }] };
    if ('problem' in found) return { rowNumber, status: 'invalid', candidate: namedBy(text), row, problems: [found.problem] };
    const { candidate } = found;
    if (seen.has(candidate.applicationId)) {
      return { rowNumber, status: 'duplicate', candidate, row, problems: [{ field: 'application', reason: 'application.duplicateInFile' }] };
    }
    seen.add(candidate.applicationId);
    return { rowNumber, candidate, row, ...statusFor(candidate, row.score, context.publishedDisciplines) };
  });
  return { rows, hasBadRows: rows.some((r) => BAD_SCORE_IMPORT_STATUSES.includes(r.status)) };
}

/** One row as the office reads it: whose it is (ID number masked), the score it brings and the one it replaces. */
export interface ScoreImportReportRow {
  rowNumber: number;
  status: ScoreImportStatus;
  applicationNumber: string | null;
  /** Masked, as in every list. */
  idNumber: string | null;
  name: string | null;
  disciplineCode: string | null;
  /** The application's status when the row names one, e.g. `nonconformant` for a refused row. */
  applicationStatus: ApplicationStatus | null;
  score: number | null;
  previousScore: number | null;
  problems: ScoreRowProblem[];
}

/** What the import route answers, dry run or not; the console reads the same type. */
export interface ScoreImportReport {
  dryRun: boolean;
  committed: boolean;
  fileName: string;
  counts: Record<ScoreImportStatus, number>;
  /** Assessed applications of the cycle the file does not name: they keep their score. */
  notInFile: number;
  rows: ScoreImportReportRow[];
}

function reportRow({ rowNumber, status, candidate, row, problems }: ScoreImportRow): ScoreImportReportRow {
  // The file's number: a matched application's is not read back in the clear to be masked again.
  const idNumber = row?.idNumber ?? null;
  return {
    rowNumber, status, problems,
    applicationNumber: candidate?.applicationNumber ?? row?.applicationNumber ?? null,
    idNumber: idNumber && maskIdNumber(idNumber),
    name: candidate?.name ?? null,
    disciplineCode: candidate?.disciplineCode ?? null,
    applicationStatus: candidate?.status ?? null,
    score: row?.score ?? null,
    previousScore: candidate?.score ?? null,
  };
}

/** A plan as the report the office reads: counts by status and every row, ID numbers masked. */
export function reportScoreImport(
  plan: ScoreImportPlan,
  facts: { dryRun: boolean; committed: boolean; fileName: string; notInFile: number },
): ScoreImportReport {
  const counts: Record<ScoreImportStatus, number> = { assess: 0, replace: 0, unchanged: 0, invalid: 0, unmatched: 0, duplicate: 0, refused: 0 };
  for (const row of plan.rows) counts[row.status] += 1;
  return { ...facts, counts, rows: plan.rows.map(reportRow) };
}
