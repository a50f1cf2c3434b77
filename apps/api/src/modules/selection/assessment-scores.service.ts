import type { ObjectQuery } from '@mikro-orm/core';
import type { Context } from '../../graphql/context.js';
import { checkPage } from '../../graphql/page.js';
import { staffPage, type Application } from '../applications/index.js';
import { requireMay } from '../../graphql/access.js';
import { auditRead } from '../audit/index.js';
import { loadSelectionCycle } from './cut-off.service.js';

/** R-SEL-2: the applications of a cycle holding an imported score, by discipline, highest score first. */
export async function listAssessmentScores(ctx: Context, year: number, disciplineCode: string | null, page: { page: number; pageSize: number } | null) {
  requireMay(ctx, 'selection.import_scores', { kind: 'programme' });
  const { limit, offset } = checkPage(page);
  const cycle = await loadSelectionCycle(ctx.em, year);
  const where: ObjectQuery<Application> = { cycle: cycle.id, assessmentScore: { $ne: null } };
  if (disciplineCode) where.disciplineCode = disciplineCode;
  const orderBy = [{ disciplineCode: 'asc' as const }, { assessmentScore: 'desc' as const }, { applicationNumber: 'asc' as const }];
  const found = await staffPage(ctx.em, where, orderBy, { limit, offset });
  await auditRead(ctx.em, ctx, { action: 'application.scores', subjectType: 'application', as: 'office_staff', accountIds: found.rows.map((row) => row.applicant) });
  return found;
}
