import { advanceApplication } from '@yingcai/domain/applications';
import { checkCutOff } from '@yingcai/domain/selection';
import { requireStepOpen } from '../cycles/index.js';
import type { Context } from '../../graphql/context.js';
import { AppError, ruleViolation } from '../../graphql/errors.js';
import { Application, notifyApplicant } from '../applications/index.js';
import { saveLocked } from '../../orm/locked-unit-of-work.js';
import { audit } from '../audit/index.js';
import { requireMay } from '../../graphql/access.js';
import { cutOffConflict, freshBoard, loadSelectionCycle, lockedPlan } from './cut-off.service.js';
import type { CutOffBoardType } from './cut-off.type.js';
import { DisciplineCutOff } from './discipline-cut-off.entity.js';

/**
 * R-SEL-3: publishes a discipline's invited list. The assessed at or above its cut-off become invited,
 * each audited and told; the rest stay assessed. The ratio is checked again on the scores as they are now
 * (a re-import may have changed them, R-SEL-4). Afterwards the plan and cut-off are fixed.
 */
export async function publishInvitations(ctx: Context, year: number, code: string, version: number): Promise<CutOffBoardType> {
  requireMay(ctx, 'selection.publish_invitations', { kind: 'programme' });
  await saveLocked(ctx, async (em) => {
    const cycle = await loadSelectionCycle(em, year);
    await requireStepOpen(em, ctx, cycle.id, 'set_cut_offs');
    if (!(await em.count(DisciplineCutOff, { cycle, disciplineCode: code }))) {
      throw new AppError('BAD_USER_INPUT', `set the planned admissions and cut-off of ${code} first`, { field: 'disciplineCode' });
    }
    const plan = (await lockedPlan(em, cycle, code, version))!;
    const assessed = await em.find(Application, { cycle, disciplineCode: code, status: 'assessed' }, { populate: ['applicant'], orderBy: { applicationNumber: 'asc' } });
    const { cutOff } = plan;
    if (cutOff !== null) {
      const check = checkCutOff({ scores: assessed.map((a) => a.assessmentScore!), cutOff, planned: plan.plannedAdmissions, ratio: cycle.interviewRatio });
      if (check.violations.length > 0) throw ruleViolation(check.violations);
    }
    const invited = cutOff === null ? [] : assessed.filter((a) => a.assessmentScore! >= cutOff);
    for (const application of invited) {
      const next = advanceApplication(application.status, 'invite', 'office');
      if (!next.ok) throw ruleViolation([next.error]);
      em.assign(application, { status: next.value, updatedAt: ctx.now });
      audit(em, ctx, {
        action: 'application.invite', subjectType: 'application', subjectId: application.applicationNumber,
        subjectAccountId: application.applicant.id, as: 'office_staff', reason: `测评成绩 ${application.assessmentScore} 分，达到分数线 ${cutOff} 分`,
      });
      await notifyApplicant(em, ctx, application);
    }
    em.assign(plan, { publishedAt: ctx.now, invitedCount: invited.length, updatedAt: ctx.now, updatedBy: ctx.actor!.accountId });
    audit(em, ctx, {
      action: 'selection.publish_invitations', subjectType: 'discipline', subjectId: `${year}:${code}`, as: 'office_staff',
      reason: `cut-off ${cutOff ?? 'none'}: ${invited.length} invited of ${assessed.length} assessed`,
    });
  }, cutOffConflict(code));
  return freshBoard(ctx, year);
}
