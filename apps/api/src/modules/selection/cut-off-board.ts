import type { EntityManager } from '@mikro-orm/core';
import { checkInterviewRatio, proposeCutOff } from '@yingcai/domain/selection';
import { Application } from '../applications/index.js';
import type { Cycle } from '../cycles/index.js';
import type { CutOffBoardType, DisciplineCutOffType } from './cut-off.type.js';
import { DisciplineCutOff } from './discipline-cut-off.entity.js';

const countAtOrAbove = (scores: readonly number[], cutOff: number | null) => (cutOff === null ? 0 : scores.filter((s) => s >= cutOff).length);

/** The scores of a cycle's assessed applicants by discipline, highest first, in one query. */
export async function scoresByDiscipline(em: EntityManager, cycle: Cycle): Promise<Map<string, number[]>> {
  const rows = await em.find(Application, { cycle, assessmentScore: { $ne: null } }, { fields: ['disciplineCode', 'assessmentScore'], orderBy: { assessmentScore: 'desc' } });
  const scores = new Map<string, number[]>();
  for (const row of rows) scores.set(row.disciplineCode ?? '', [...(scores.get(row.disciplineCode ?? '') ?? []), row.assessmentScore!]);
  return scores;
}

function disciplineRow(code: string, name: string, scores: number[], saved: DisciplineCutOff | undefined, ratio: number): DisciplineCutOffType {
  const planned = saved?.plannedAdmissions ?? null;
  const cutOff = saved?.cutOff ?? null;
  const invited = saved?.publishedAt ? saved.invitedCount ?? 0 : countAtOrAbove(scores, cutOff);
  return {
    disciplineCode: code, disciplineName: name, scores, plannedAdmissions: planned, cutOff, invited,
    proposal: planned === null ? null : proposeCutOff(scores, planned, ratio),
    ratioAchieved: planned ? invited / planned : null,
    publishedAt: saved?.publishedAt ?? null,
    version: saved?.version ?? null,
  };
}

/** R-SEL-3, R-SEL-4: every discipline of the cycle with its scores, saved plan and cut-off, and the whole. */
export async function buildCutOffBoard(em: EntityManager, cycle: Cycle): Promise<CutOffBoardType> {
  await em.populate(cycle, ['disciplines']);
  const scores = await scoresByDiscipline(em, cycle);
  const saved = new Map((await em.find(DisciplineCutOff, { cycle })).map((row) => [row.disciplineCode, row]));
  const ratio = cycle.interviewRatio;
  const disciplines = cycle.disciplines.getItems().map((d) => disciplineRow(d.code, d.name, scores.get(d.code) ?? [], saved.get(d.code), ratio));
  const plannedAdmissions = disciplines.reduce((sum, d) => sum + (d.plannedAdmissions ?? 0), 0);
  const invited = disciplines.reduce((sum, d) => sum + d.invited, 0);
  const counts = disciplines.map((d) => ({ code: d.disciplineCode, invited: d.invited, admitted: d.plannedAdmissions ?? 0 }));
  return {
    year: cycle.year, interviewRatio: ratio, disciplines, plannedAdmissions, invited,
    ratioAchieved: plannedAdmissions ? invited / plannedAdmissions : null,
    violations: checkInterviewRatio(counts, ratio),
  };
}
