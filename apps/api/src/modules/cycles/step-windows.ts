import { lastDayOf, OFFICE_STEP_WINDOWS, stepWindow, type DateWindow, type OfficeStep } from '@yingcai/domain/windows';
import { toProgrammeDate } from '@yingcai/domain/cycle';
import type { RuleId } from '@yingcai/domain';
import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../graphql/context.js';
import { readRows } from '../../orm/read-rows.js';
import type { CycleType, StepWindowType } from './cycle.type.js';
import { WindowExtension } from './window-extension.entity.js';

type Window = DateWindow & { milestoneKey: string; rule: RuleId };

/** A window's state today, with the latest of the extensions that reach whoever asks. */
async function stateOf(ctx: Context, cycleId: number, step: string, window: Window, forWhom: FilterQuery<WindowExtension>[]): Promise<StepWindowType> {
  const extensions = await ctx.em.find(WindowExtension, { cycle: cycleId, milestoneKey: window.milestoneKey, $or: forWhom });
  const lastDay = lastDayOf(window, extensions.map((e) => e.extendedUntil).sort().at(-1) ?? null);
  const today = toProgrammeDate(ctx.now);
  return { step, startsOn: window.startsOn, lastDay, open: today >= window.startsOn && today <= lastDay, rule: window.rule };
}

/**
 * R-APP-4 for whoever asks: everyone's extension, the applicant's own, and their school's — or, before
 * they have named a school, any school's, so a pupil of a school kept open still finds the form.
 */
async function registrationFor(ctx: Context, cycleId: number): Promise<FilterQuery<WindowExtension>[]> {
  const accountId = ctx.actor?.accountId ?? null;
  const [draft] = accountId ? await readRows<{ school_id: string | null }>(ctx.em, 'select school_id from application where cycle_id = ? and applicant_id = ?', [cycleId, accountId]) : [];
  return [{ schoolId: null, applicantId: null }, ...(accountId ? [{ applicantId: accountId }] : []), draft?.school_id ? { schoolId: draft.school_id } : { schoolId: { $ne: null } }];
}

/** R-APP-4 registration, then each office step of selection, where its window stands today; a school's extension keeps its applications' review open. */
export async function stepWindows(ctx: Context, cycle: CycleType): Promise<StepWindowType[]> {
  const cycleId = Number(cycle.id);
  const registration = cycle.milestones.find((m) => m.key === 'registration');
  const rows: StepWindowType[] = registration
    ? [await stateOf(ctx, cycleId, 'registration', { ...registration, milestoneKey: 'registration', rule: 'R-APP-4' }, await registrationFor(ctx, cycleId))]
    : [];
  for (const step of Object.keys(OFFICE_STEP_WINDOWS) as OfficeStep[]) {
    const window = stepWindow(cycle.milestones, step);
    const forWhom = step === 'review' ? [{ applicantId: null }] : [{ schoolId: null, applicantId: null }];
    if (window) rows.push(await stateOf(ctx, cycleId, step, window, forWhom));
  }
  return rows;
}
