import type { EntityManager } from '@mikro-orm/core';
import { toProgrammeDate } from '@yingcai/domain/cycle';
import { lastDayOf } from '@yingcai/domain/windows';
import type { Context } from '../../graphql/context.js';
import { ruleViolation } from '../../graphql/errors.js';
import type { Application } from '../applications/index.js';
import { type Cycle, extendedUntil } from '../cycles/index.js';

/** The cycle's milestone whose last day is the confirmation deadline (录取确认). */
export const CONFIRMATION_WINDOW = 'admission_confirmation';

/** R-SEL-5: the deadline for everyone (the milestone's end, or the office's extension for all); null when the cycle has none. Needs the milestones loaded. */
export async function cycleDeadline(em: EntityManager, cycle: Cycle): Promise<string | null> {
  const milestone = cycle.milestones.getItems().find((m) => m.key === CONFIRMATION_WINDOW);
  return milestone ? lastDayOf(milestone, await extendedUntil(em, cycle, CONFIRMATION_WINDOW, null)) : null;
}

/** R-SEL-5: this applicant's deadline: the cycle's, or a later one the office (or a waiting-list offer) gave them. */
export async function applicantDeadline(em: EntityManager, cycle: Cycle, application: Application): Promise<string | null> {
  const milestone = cycle.milestones.getItems().find((m) => m.key === CONFIRMATION_WINDOW);
  return milestone ? lastDayOf(milestone, await extendedUntil(em, cycle, CONFIRMATION_WINDOW, null, application.applicant.id)) : null;
}

export const isPast = (ctx: Pick<Context, 'now'>, deadline: string): boolean => toProgrammeDate(ctx.now) > deadline;

/** R-SEL-5: an admitted applicant replies by their deadline, inclusive (Asia/Shanghai); a cycle without one refuses until the office sets it. */
export async function checkReplyDeadline(em: EntityManager, ctx: Context, cycle: Cycle, application: Application): Promise<void> {
  const deadline = await applicantDeadline(em, cycle, application);
  if (deadline === null) throw ruleViolation([{ rule: 'R-SEL-5', message: `the ${cycle.year} cycle has no ${CONFIRMATION_WINDOW} milestone yet: the office sets the confirmation deadline first` }]);
  if (isPast(ctx, deadline)) {
    throw ruleViolation([{ rule: 'R-SEL-5', message: `the confirmation deadline was ${deadline} (today is ${toProgrammeDate(ctx.now)}): ask the office` }]);
  }
}
