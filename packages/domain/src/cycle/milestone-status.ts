import { PHASE_FINISHED, PHASE_NOT_STARTED } from './current-phase.js';
import type { CalendarDate, Milestone } from './cycle.js';

/** `open`: today is inside the window, but a more specific milestone is the current phase. */
export type MilestoneStatus = 'ended' | 'current' | 'open' | 'upcoming';

/**
 * Where a milestone stands. The server's `currentPhase` decides which one is current
 * (and whether the whole cycle has not started or has finished); the dates place the rest.
 */
export function milestoneStatus(
  milestone: Pick<Milestone, 'key' | 'startsOn' | 'endsOn'>,
  currentPhase: string,
  today: CalendarDate,
): MilestoneStatus {
  if (milestone.key === currentPhase) return 'current';
  if (currentPhase === PHASE_FINISHED) return 'ended';
  if (currentPhase === PHASE_NOT_STARTED) return 'upcoming';
  if (milestone.endsOn < today) return 'ended';
  if (today < milestone.startsOn) return 'upcoming';
  return 'open';
}
