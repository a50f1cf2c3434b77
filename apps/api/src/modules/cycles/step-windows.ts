import { lastDayOf, OFFICE_STEP_WINDOWS, stepWindow, type DateWindow, type OfficeStep } from '@yingcai/domain/windows';
import { toProgrammeDate } from '@yingcai/domain/cycle';
import type { RuleId } from '@yingcai/domain';
import type { Context } from '../../graphql/context.js';
import { readRows } from '../../orm/read-rows.js';
import type { CycleType, StepWindowType } from './cycle.type.js';
import { WindowExtension } from './window-extension.entity.js';

type Window = DateWindow & { milestoneKey: string; rule: RuleId };
type Reaches = (extension: WindowExtension) => boolean;

const everyone: Reaches = (e) => e.schoolId === null && e.applicantId === null;

/** A window's state today, with the latest of the cycle's extensions of its milestone that reach whoever asks. */
function stateOf(today: string, step: string, window: Window, extensions: readonly WindowExtension[], reaches: Reaches): StepWindowType {
  const latest = extensions.filter((e) => e.milestoneKey === window.milestoneKey && reaches(e)).map((e) => e.extendedUntil).sort().at(-1) ?? null;
  const lastDay = lastDayOf(window, latest);
  return { step, startsOn: window.startsOn, lastDay, open: today >= window.startsOn && today <= lastDay, rule: window.rule };
}

/**
 * R-APP-4 for whoever asks: everyone's extension, the applicant's own, and their school's — or, before
 * they have named a school, any school's, so a pupil of a school kept open still finds the form.
 */
async function registrationReach(ctx: Context, cycleId: number): Promise<Reaches> {
  const accountId = ctx.actor?.accountId ?? null;
  const [draft] = accountId ? await readRows<{ school_id: string | null }>(ctx.em, 'select school_id from application where cycle_id = ? and applicant_id = ?', [cycleId, accountId]) : [];
  const school = draft?.school_id ?? null;
  return (e) => everyone(e) || (accountId !== null && e.applicantId === accountId) || (e.schoolId !== null && (school === null || e.schoolId === school));
}

/**
 * R-APP-4 registration, then each office step of selection, where its window stands today; a school's
 * extension keeps its applications' review open. The cycle's extensions are read once, in one statement.
 */
export async function stepWindows(ctx: Context, cycle: CycleType): Promise<StepWindowType[]> {
  const cycleId = Number(cycle.id);
  const today = toProgrammeDate(ctx.now);
  const extensions = await ctx.em.find(WindowExtension, { cycle: cycleId });
  const registration = cycle.milestones.find((m) => m.key === 'registration');
  const rows: StepWindowType[] = registration
    ? [stateOf(today, 'registration', { ...registration, milestoneKey: 'registration', rule: 'R-APP-4' }, extensions, await registrationReach(ctx, cycleId))]
    : [];
  for (const step of Object.keys(OFFICE_STEP_WINDOWS) as OfficeStep[]) {
    const window = stepWindow(cycle.milestones, step);
    const reaches: Reaches = step === 'review' ? (e) => e.applicantId === null : everyone;
    if (window) rows.push(stateOf(today, step, window, extensions, reaches));
  }
  return rows;
}
