import type { EntityManager } from '@mikro-orm/core';
import { toProgrammeDate } from '@yingcai/domain/cycle';
import { checkWindow, stepWindow, type OfficeStep } from '@yingcai/domain/windows';
import type { Context } from '../../graphql/context.js';
import { ruleViolation } from '../../graphql/errors.js';
import { Cycle } from './cycle.entity.js';
import { extendedUntil } from './window-extension.service.js';

/**
 * Issue 11: an office step of selection is refused outside its window (domain OFFICE_STEP_WINDOWS),
 * naming its rule, unless the office extended the window for everyone — or for the school of the
 * application at hand (a school kept open for registration sends its applications late, and they are
 * reviewed as late).
 */
export async function requireStepOpen(em: EntityManager, ctx: Pick<Context, 'now'>, cycleId: number, step: OfficeStep, schoolId: string | null = null): Promise<void> {
  const cycle = await em.findOneOrFail(Cycle, { id: cycleId }, { populate: ['milestones'] });
  const window = stepWindow(cycle.milestones.getItems(), step);
  if (!window) return;
  const until = await extendedUntil(em, cycle, window.milestoneKey, schoolId);
  const violations = checkWindow({ window, today: toProgrammeDate(ctx.now), rule: window.rule, extendedUntil: until });
  if (violations.length > 0) throw ruleViolation(violations);
}
