import type { AdminCutOffBoardFragment } from '@yingcai/schema';
import { checkCutOff, proposeCutOff, type CutOffProposal } from '@yingcai/domain/selection';

export type DisciplineRow = AdminCutOffBoardFragment['disciplines'][number];

/** What the office has typed for a discipline, not yet saved; undefined is the saved value (or the proposal). */
export interface CutOffDraft {
  planned?: number | null;
  cutOff?: number | null;
}

/** A discipline as the office sees it while typing: the same domain rules as the server (R-SEL-3, R-SEL-4). */
export interface DisciplineView {
  row: DisciplineRow;
  planned: number | null;
  proposal: CutOffProposal | null;
  /** The cut-off typed, else the saved one, else the proposal. */
  cutOff: number | null;
  invited: number;
  required: number;
  /** The cut-off breaks R-SEL-4: saving it would be refused. */
  short: boolean;
  changed: boolean;
}

export function viewOf(row: DisciplineRow, draft: CutOffDraft, ratio: number): DisciplineView {
  const planned = draft.planned !== undefined ? draft.planned : row.plannedAdmissions;
  const proposal = planned == null ? null : proposeCutOff(row.scores, planned, ratio);
  const cutOff = draft.cutOff !== undefined ? draft.cutOff : (row.cutOff ?? proposal?.cutOff ?? null);
  const changed = planned !== row.plannedAdmissions || cutOff !== row.cutOff;
  if (row.publishedAt) return { row, planned, proposal, cutOff: row.cutOff, invited: row.invited, required: proposal?.required ?? 0, short: false, changed: false };
  if (planned == null || cutOff == null) return { row, planned, proposal, cutOff, invited: 0, required: proposal?.required ?? 0, short: false, changed };
  const check = checkCutOff({ scores: row.scores, cutOff, planned, ratio });
  return { row, planned, proposal, cutOff, invited: check.invited, required: check.required, short: check.violations.length > 0, changed };
}

/** The input of setCutOff, or null while the discipline cannot be saved (no plan, or a plan without a cut-off). */
export function cutOffInput(view: DisciplineView) {
  if (view.planned == null || (view.planned > 0 && view.cutOff == null)) return null;
  return { disciplineCode: view.row.disciplineCode, plannedAdmissions: view.planned, cutOff: view.planned === 0 ? null : view.cutOff, version: view.row.version };
}
