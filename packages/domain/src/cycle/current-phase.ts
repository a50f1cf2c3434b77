import { toProgrammeDate } from './calendar-date.js';
import type { Milestone } from './cycle.js';

/** Phases that are not a milestone of the schedule. */
export const PHASE_NOT_STARTED = 'not_started';
export const PHASE_BETWEEN = 'between';
export const PHASE_FINISHED = 'finished';

/**
 * The phase a cycle is in at an instant: the key of the milestone whose window holds
 * today's Shanghai date. Windows overlap (training runs all year around the evaluations),
 * so the most specific one wins: the latest to start, then the first to end, then the
 * first in the schedule.
 */
export function currentPhase(milestones: readonly Milestone[], now: Date): string {
  const today = toProgrammeDate(now);
  const active = milestones
    .map((milestone, order) => ({ milestone, order }))
    .filter(({ milestone }) => milestone.startsOn <= today && today <= milestone.endsOn)
    .sort(
      (a, b) =>
        compareDesc(a.milestone.startsOn, b.milestone.startsOn) ||
        compareAsc(a.milestone.endsOn, b.milestone.endsOn) ||
        a.order - b.order,
    );
  const winner = active[0];
  if (winner) return winner.milestone.key;
  if (milestones.every((m) => today < m.startsOn)) return PHASE_NOT_STARTED;
  if (milestones.every((m) => m.endsOn < today)) return PHASE_FINISHED;
  return PHASE_BETWEEN;
}

const compareAsc = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const compareDesc = (a: string, b: string): number => compareAsc(b, a);
