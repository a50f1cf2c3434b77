import type { EntityManager } from '@mikro-orm/core';
import { checkCutOff, parseAssessmentScore } from '@yingcai/domain/selection';
import type { Context } from '../../graphql/context.js';
import { AppError, ruleViolation } from '../../graphql/errors.js';
import { saveLocked } from '../../orm/locked-unit-of-work.js';
import { audit } from '../audit/index.js';
import { type Cycle, loadCycle, requireStepOpen } from '../cycles/index.js';
import { requireMay } from '../../graphql/access.js';
import { buildCutOffBoard, scoresByDiscipline } from './cut-off-board.js';
import type { CutOffBoardType, CutOffInput } from './cut-off.type.js';
import { DisciplineCutOff } from './discipline-cut-off.entity.js';

export const MAX_PLANNED_ADMISSIONS = 1000;

export async function loadSelectionCycle(em: EntityManager, year: number): Promise<Cycle> {
  return loadCycle(em, year, ['disciplines']);
}

export const cutOffConflict = (code: string) => () =>
  new AppError('CONFLICT', `the cut-off of ${code} was changed by someone else first: reload it`, { disciplineCode: code });

/** The saved plan of a discipline at the version the caller read (none read: none saved yet); a stale one is CONFLICT. */
export async function lockedPlan(em: EntityManager, cycle: Cycle, code: string, version: number | null | undefined) {
  const saved = await em.findOne(DisciplineCutOff, { cycle, disciplineCode: code });
  if ((saved?.version ?? null) !== (version ?? null)) throw cutOffConflict(code)();
  // R-SEL-3: once the invited list is out, who is invited cannot change.
  if (saved?.publishedAt) throw ruleViolation([{ rule: 'R-SEL-3', message: `the invited list of ${code} is published: its plan and cut-off are fixed` }]);
  return saved;
}

function checkInput(cycle: Cycle, input: CutOffInput): number | null {
  if (!cycle.disciplines.getItems().some((d) => d.code === input.disciplineCode)) {
    throw new AppError('BAD_USER_INPUT', `${input.disciplineCode} is not a discipline of the cycle`, { field: 'disciplineCode' });
  }
  const planned = input.plannedAdmissions;
  if (!Number.isInteger(planned) || planned < 0 || planned > MAX_PLANNED_ADMISSIONS) {
    throw new AppError('BAD_USER_INPUT', `planned admissions must be a whole number from 0 to ${MAX_PLANNED_ADMISSIONS}`, { field: 'plannedAdmissions' });
  }
  if (input.cutOff == null) {
    if (planned > 0) throw new AppError('BAD_USER_INPUT', 'a discipline with planned admissions needs a cut-off', { field: 'cutOff', reason: 'score.required' });
    return null;
  }
  const cutOff = parseAssessmentScore(String(input.cutOff));
  if (!cutOff.ok) throw new AppError('BAD_USER_INPUT', 'a cut-off is a score from 0 to 100 with at most two decimals', { field: 'cutOff', reason: cutOff.error });
  return cutOff.value;
}

/** The board as stored after a change, read in a new unit of work. */
export async function freshBoard(ctx: Context, year: number): Promise<CutOffBoardType> {
  const em = ctx.em.fork();
  return buildCutOffBoard(em, await loadSelectionCycle(em, year));
}

export async function cutOffBoard(ctx: Context, year: number): Promise<CutOffBoardType> {
  requireMay(ctx, 'selection.set_cut_off', { kind: 'programme' });
  return buildCutOffBoard(ctx.em, await loadSelectionCycle(ctx.em, year));
}

/**
 * R-SEL-3: the office sets a discipline's planned admissions and cut-off. R-SEL-4: a cut-off inviting
 * fewer than ⌈ratio × planned⌉ of the assessed is refused, naming the rule. A stale version is CONFLICT.
 */
export async function setCutOff(ctx: Context, year: number, input: CutOffInput): Promise<CutOffBoardType> {
  requireMay(ctx, 'selection.set_cut_off', { kind: 'programme' });
  const code = input.disciplineCode;
  await saveLocked(ctx, async (em) => {
    const cycle = await loadSelectionCycle(em, year);
    await requireStepOpen(em, ctx, cycle.id, 'set_cut_offs');
    const cutOff = checkInput(cycle, input);
    const saved = await lockedPlan(em, cycle, code, input.version);
    const scores = (await scoresByDiscipline(em, cycle)).get(code) ?? [];
    // R-SEL-4; nothing planned and no cut-off invites nobody
    const check = cutOff === null ? { invited: 0, violations: [] } : checkCutOff({ scores, cutOff, planned: input.plannedAdmissions, ratio: cycle.interviewRatio });
    // The console says the limits in Chinese: invited, needed, assessed and the most the discipline can plan.
    if ('maxAdmissions' in check && check.violations.length > 0) {
      throw ruleViolation(check.violations, { invited: check.invited, required: check.required, assessed: scores.length, maxAdmissions: check.maxAdmissions });
    }
    const values = { plannedAdmissions: input.plannedAdmissions, cutOff, updatedAt: ctx.now, updatedBy: ctx.actor!.accountId };
    if (saved) em.assign(saved, values);
    else em.create(DisciplineCutOff, { cycle, disciplineCode: code, ...values });
    audit(em, ctx, {
      action: 'selection.set_cut_off', subjectType: 'discipline', subjectId: `${year}:${code}`, as: 'office_staff',
      reason: `planned ${input.plannedAdmissions}, cut-off ${cutOff ?? 'none'}, ${check.invited} invited`,
    });
  }, cutOffConflict(code));
  return freshBoard(ctx, year);
}
