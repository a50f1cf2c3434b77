import type { ApplicationStatus } from '../applications/application-status.js';

/** The selection funnel (遴选漏斗): each stage an application can pass, in order (R-APP-4 … R-SEL-5). */
export const FUNNEL_STAGES = ['applied', 'recommended', 'conformant', 'assessed', 'invited', 'interviewed', 'admitted'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

/**
 * How many stages a status has passed: a declined or rejected application passed the stages
 * before the decision (a school's decline was still applied; a waiting-list place was interviewed;
 * a declined offer was admitted). A draft passed none.
 */
const STAGES_PASSED: Readonly<Record<ApplicationStatus, number>> = {
  draft: 0, submitted: 1, school_declined: 1, school_recommended: 2, nonconformant: 2, conformant: 3,
  assessed: 4, invited: 5, interviewed: 6, waitlisted: 6, not_admitted: 6, admitted: 7, confirmed: 7, declined: 7,
};

export interface StatusCount {
  status: ApplicationStatus;
  count: number;
}

export interface FunnelStep {
  stage: FunnelStage;
  count: number;
  /** This stage's count over the stage before; null for the first stage or when the stage before is empty. */
  ratioToPrevious: number | null;
}

/** The funnel of a set of applications from their counts per status; each stage counts all that passed it. */
export function funnelOf(counts: readonly StatusCount[]): FunnelStep[] {
  return FUNNEL_STAGES.map((stage, index) => {
    const count = passedStage(counts, index + 1);
    const previous = index === 0 ? 0 : passedStage(counts, index);
    return { stage, count, ratioToPrevious: index === 0 || previous === 0 ? null : count / previous };
  });
}

function passedStage(counts: readonly StatusCount[], stages: number): number {
  return counts.reduce((sum, { status, count }) => sum + (STAGES_PASSED[status] >= stages ? count : 0), 0);
}
