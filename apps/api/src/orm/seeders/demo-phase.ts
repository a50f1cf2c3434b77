import type { CalendarDate } from '@yingcai/domain/cycle';

/** Where a cycle's selection stands on a day, as the demo fills it: nothing yet, applying, scored, or decided. */
export type DemoPhase = 'before' | 'applying' | 'scored' | 'decided';

type Window = { key: string; startsOn: CalendarDate; endsOn: CalendarDate };

/**
 * From registration until the assessment's scores are in, applications wait for schools and the
 * office; from the cut-off window until admission replies open, the scores are in and the cut-offs
 * are the office's to set; from then on the admission is decided and the cohort formed.
 */
export function demoPhase(milestones: readonly Window[], today: CalendarDate): DemoPhase {
  const start = (key: string) => milestones.find((m) => m.key === key)?.startsOn ?? '9999-12-31';
  if (today >= start('admission_confirmation')) return 'decided';
  if (today >= start('cutoff')) return 'scored';
  return today >= start('registration') ? 'applying' : 'before';
}
