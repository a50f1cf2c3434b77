import type { Milestone } from '../cycle/cycle.js';
import type { RuleId } from '../result.js';
import type { DateWindow } from './window.js';

/** The office's steps of selection that belong to a milestone of the cycle (issue 11). */
export type OfficeStep = 'review' | 'import_scores' | 'set_cut_offs' | 'arrange_interviews' | 'score_interviews' | 'decide_admissions' | 'manage_confirmations';

/**
 * Each step's window: from the first day of one milestone to the last day of another (often the
 * same). The office's extension of the `until` milestone extends the step. Scores arrive at the end
 * of the assessment and may be corrected until the cut-offs are set; slots are arranged once the
 * invitations are out and until the interviews end; places are offered from the waiting list and
 * unconfirmed ones lapse from the admission confirmation until the opening meeting, when the cohort starts.
 */
export const OFFICE_STEP_WINDOWS: Readonly<Record<OfficeStep, { from: string; until: string; rule: RuleId }>> = {
  review: { from: 'registration', until: 'registration', rule: 'R-SEL-1' },
  import_scores: { from: 'potential_assessment', until: 'cutoff', rule: 'R-SEL-2' },
  set_cut_offs: { from: 'cutoff', until: 'cutoff', rule: 'R-SEL-3' },
  arrange_interviews: { from: 'cutoff', until: 'interview', rule: 'R-SEL-5' },
  score_interviews: { from: 'interview', until: 'interview', rule: 'R-SEL-5' },
  decide_admissions: { from: 'interview', until: 'interview', rule: 'R-SEL-5' },
  manage_confirmations: { from: 'admission_confirmation', until: 'opening_meeting', rule: 'R-SEL-5' },
};

/** A step's window in a cycle's schedule, with the milestone whose extension counts; null when the cycle lacks one of its milestones. */
export function stepWindow(milestones: readonly Pick<Milestone, 'key' | 'startsOn' | 'endsOn'>[], step: OfficeStep): (DateWindow & { milestoneKey: string; rule: RuleId }) | null {
  const { from, until, rule } = OFFICE_STEP_WINDOWS[step];
  const first = milestones.find((m) => m.key === from);
  const last = milestones.find((m) => m.key === until);
  if (!first || !last) return null;
  return { startsOn: first.startsOn, endsOn: last.endsOn, milestoneKey: until, rule };
}
