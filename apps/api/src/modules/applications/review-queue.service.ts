import type { ObjectQuery } from '@mikro-orm/core';
import type { RuleViolation } from '@yingcai/domain';
import type { ApplicationStatus } from '@yingcai/domain/applications';
import type { Context } from '../../graphql/context.js';
import { checkPage } from '../../graphql/page.js';
import { auditRead } from '../audit/index.js';
import { loadCycle } from '../cycles/index.js';
import { requireMay } from '../../graphql/access.js';
import { entityRows } from '../../orm/read-rows.js';
import { Application } from './application.entity.js';
import { flagsOf } from './conformity-inputs.js';
import { staffStatusFilter } from './staff-application-scope.js';
import { staffOrder, type ApplicationSort } from './staff-application-order.js';
import { staffPage, type ApplicationRow } from './staff-rows.js';

export interface ReviewQueueFilter {
  status?: ApplicationStatus | null;
  disciplineCode?: string | null;
  schoolId?: string | null;
  /** true: only applications with a flag; false: only those without; null: all. */
  flagged?: boolean | null;
}

/** Flags are computed, not stored: a flagged filter pages in memory over at most this many rows. */
export const FLAGGED_FILTER_LIMIT = 5000;

export interface ReviewRow {
  application: ApplicationRow;
  flags: RuleViolation[];
}

/** Issue 23: the page of the review queue the office was shown, audited for each applicant on it. */
const auditPage = (ctx: Context, rows: readonly ApplicationRow[]) =>
  auditRead(ctx.em, ctx, { action: 'application.review_queue', subjectType: 'application', as: 'office_staff', accountIds: rows.map((row) => row.applicant) });

/**
 * R-SEL-1: the office's conformity review (资料审核): the school-recommended applications of a cycle
 * (or those of another status asked for), each with the flags of the rules it seems not to meet.
 */
export async function listReviewQueue(
  ctx: Context, year: number, filter: ReviewQueueFilter, page: { page: number; pageSize: number } | null, sort?: ApplicationSort | null,
) {
  requireMay(ctx, 'application.review', { kind: 'programme' });
  const { limit, offset } = checkPage(page);
  const cycle = await loadCycle(ctx.em, year, []);
  const where: ObjectQuery<Application> = { cycle: cycle.id, status: staffStatusFilter(filter.status) ?? 'school_recommended' };
  if (filter.disciplineCode) where.disciplineCode = filter.disciplineCode;
  if (filter.schoolId) where.school = filter.schoolId;
  if (filter.flagged == null) {
    const { rows, total } = await staffPage(ctx.em, where, staffOrder(sort), { limit, offset });
    await auditPage(ctx, rows);
    const flags = await flagsOf(ctx.em, cycle, rows);
    return { rows: rows.map((application) => ({ application, flags: flags.get(application.id)! })), total };
  }
  const all = await entityRows<Application, ApplicationRow>(ctx.em, Application, where, { orderBy: staffOrder(sort), limit: FLAGGED_FILTER_LIMIT, offset: 0 });
  const flags = await flagsOf(ctx.em, cycle, all);
  const matching = all.filter((application) => flags.get(application.id)!.length > 0 === filter.flagged);
  const shown = matching.slice(offset, offset + limit);
  await auditPage(ctx, shown);
  return { rows: shown.map((application) => ({ application, flags: flags.get(application.id)! })), total: matching.length };
}
