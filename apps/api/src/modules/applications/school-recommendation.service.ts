import type { EntityManager, ObjectQuery } from '@mikro-orm/core';
import { advanceApplication, type ApplicationStatus } from '@yingcai/domain/applications';
import { toProgrammeDate } from '@yingcai/domain/cycle';
import { checkWindow } from '@yingcai/domain/windows';
import { can } from '@yingcai/domain/access';
import type { Context } from '../../graphql/context.js';
import { ruleViolation } from '../../graphql/errors.js';
import { checkPage } from '../../graphql/page.js';
import { audit, auditRead } from '../audit/index.js';
import { extendedUntil, loadCycle } from '../cycles/index.js';
import { signedIn } from '../../graphql/access.js';
import { checkVersion, saveLocked } from '../../orm/locked-unit-of-work.js';
import { notifyApplicant } from './application-notices.js';
import type { Application } from './application.entity.js';
import { REGISTRATION_WINDOW, registrationWindow } from './submission-input.js';
import { decisionConflict, loadForDecision, schoolScopeOf, staffStatusFilter } from './staff-application-scope.js';
import { staffOrder, type ApplicationSort } from './staff-application-order.js';
import { staffPage } from './staff-rows.js';

export interface SchoolApplicationFilter {
  status?: ApplicationStatus | null;
  disciplineCode?: string | null;
  schoolId?: string | null;
}

/** Submitted applications of a cycle (drafts stay the applicant's): a coordinator's own school, or any for the office. */
export async function listSchoolApplications(
  ctx: Context, year: number, filter: SchoolApplicationFilter, page: { page: number; pageSize: number } | null, sort?: ApplicationSort | null,
) {
  const where: ObjectQuery<Application> = { status: staffStatusFilter(filter.status) ?? { $ne: 'draft' }, ...schoolScopeOf(ctx, filter.schoolId) };
  const cycle = await loadCycle(ctx.em, year, []);
  if (filter.disciplineCode) where.disciplineCode = filter.disciplineCode;
  const found = await staffPage(ctx.em, { ...where, cycle: cycle.id }, staffOrder(sort), checkPage(page));
  // Issue 23: each applicant on the page can see who looked.
  const as = can(signedIn(ctx), 'application.read', { kind: 'programme' }).allowed ? 'office_staff' : 'school_coordinator';
  await auditRead(ctx.em, ctx, { action: 'application.list', subjectType: 'application', as, accountIds: found.rows.map((row) => row.applicant) });
  return found;
}

export interface SchoolRecommendation {
  id: string;
  version: number;
  recommend: boolean;
  note?: string | null;
}

/** R-APP-4: the school's deadline is the registration window, or the office's extension for this school or this applicant. */
async function checkSchoolDeadline(em: EntityManager, ctx: Context, application: Application): Promise<void> {
  const cycle = application.cycle.getEntity();
  const until = await extendedUntil(em, cycle, REGISTRATION_WINDOW, application.school!.id, application.applicant.id);
  const violations = checkWindow({ window: registrationWindow(cycle), today: toProgrammeDate(ctx.now), extendedUntil: until, rule: 'R-APP-4' });
  if (violations.length > 0) throw ruleViolation(violations);
}

/** R-APP-4: the school coordinator recommends a submitted application to the office, or declines it with a note. */
export async function recommendApplication(ctx: Context, input: SchoolRecommendation): Promise<Application> {
  const actor = signedIn(ctx);
  return saveLocked(ctx, async (em) => {
    const application = await loadForDecision(em, actor, input.id, 'application.recommend');
    checkVersion(application, input.version, decisionConflict(input.id));
    const step = input.recommend ? 'school_recommend' : 'school_decline';
    const next = advanceApplication(application.status, step, 'school', input.note);
    if (!next.ok) throw ruleViolation([next.error]);
    await checkSchoolDeadline(em, ctx, application);
    const note = input.note?.trim() || null;
    em.assign(application, { status: next.value, schoolNote: note, schoolDecidedAt: ctx.now, updatedAt: ctx.now });
    audit(em, ctx, {
      action: `application.${step}`, subjectType: 'application', subjectId: application.applicationNumber,
      subjectAccountId: application.applicant.id, as: 'school_coordinator', reason: note,
    });
    await notifyApplicant(em, ctx, application);
    return application;
  }, decisionConflict(input.id));
}
