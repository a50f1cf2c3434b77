import { err, ok, type Result, type RuleId, type RuleViolation } from '../result.js';

/** An application's way from the applicant's draft to a confirmed place (R-APP-4, R-SEL-1..5). */
export type ApplicationStatus =
  | 'draft' | 'submitted' | 'school_recommended' | 'school_declined' | 'conformant' | 'nonconformant'
  | 'assessed' | 'invited' | 'interviewed' | 'admitted' | 'waitlisted' | 'not_admitted' | 'confirmed' | 'declined';

export type ApplicationStep =
  | 'submit' | 'school_recommend' | 'school_decline' | 'mark_conformant' | 'mark_nonconformant' | 'record_assessment'
  | 'invite' | 'record_interview' | 'admit' | 'waitlist' | 'not_admit' | 'admit_from_waitlist' | 'confirm' | 'decline';

export type ApplicationActor = 'applicant' | 'school' | 'office' | 'university';

export const APPLICATION_STATUSES: readonly ApplicationStatus[] = [
  'draft', 'submitted', 'school_recommended', 'school_declined', 'conformant', 'nonconformant',
  'assessed', 'invited', 'interviewed', 'admitted', 'waitlisted', 'not_admitted', 'confirmed', 'declined',
];

interface Transition {
  from: readonly ApplicationStatus[];
  actors: readonly ApplicationActor[];
  to: ApplicationStatus;
  rule: RuleId;
  needsReason?: true;
}

const SELECTORS: readonly ApplicationActor[] = ['university', 'office'];

/** The chain as data: each step, from which statuses, by whom, to what, under which rule. */
export const APPLICATION_TRANSITIONS: Readonly<Record<ApplicationStep, Transition>> = {
  submit: { from: ['draft'], actors: ['applicant'], to: 'submitted', rule: 'R-APP-4' },
  school_recommend: { from: ['submitted'], actors: ['school'], to: 'school_recommended', rule: 'R-APP-4' },
  school_decline: { from: ['submitted'], actors: ['school'], to: 'school_declined', rule: 'R-APP-4', needsReason: true },
  mark_conformant: { from: ['school_recommended'], actors: ['office'], to: 'conformant', rule: 'R-SEL-1' },
  mark_nonconformant: { from: ['school_recommended'], actors: ['office'], to: 'nonconformant', rule: 'R-SEL-1', needsReason: true },
  record_assessment: { from: ['conformant'], actors: ['office'], to: 'assessed', rule: 'R-SEL-2' },
  invite: { from: ['assessed'], actors: ['office'], to: 'invited', rule: 'R-SEL-3' },
  record_interview: { from: ['invited'], actors: SELECTORS, to: 'interviewed', rule: 'R-SEL-5' },
  admit: { from: ['interviewed'], actors: SELECTORS, to: 'admitted', rule: 'R-SEL-5' },
  waitlist: { from: ['interviewed'], actors: SELECTORS, to: 'waitlisted', rule: 'R-SEL-5' },
  not_admit: { from: ['interviewed'], actors: SELECTORS, to: 'not_admitted', rule: 'R-SEL-5' },
  admit_from_waitlist: { from: ['waitlisted'], actors: ['office'], to: 'admitted', rule: 'R-SEL-4' },
  confirm: { from: ['admitted'], actors: ['applicant'], to: 'confirmed', rule: 'R-SEL-5' },
  decline: { from: ['admitted'], actors: ['applicant'], to: 'declined', rule: 'R-SEL-5' },
};

/** The rule that governs what comes next from a status, for a refusal of an unknown step. */
const NEXT_RULE: Record<ApplicationStatus, RuleId> = {
  draft: 'R-APP-4', submitted: 'R-APP-4', school_recommended: 'R-SEL-1', school_declined: 'R-APP-4',
  conformant: 'R-SEL-2', nonconformant: 'R-SEL-1', assessed: 'R-SEL-3', invited: 'R-SEL-5', interviewed: 'R-SEL-5',
  admitted: 'R-SEL-5', waitlisted: 'R-SEL-4', not_admitted: 'R-SEL-5', confirmed: 'R-SEL-5', declined: 'R-SEL-5',
};

/** The steps a status can take, in the order of APPLICATION_TRANSITIONS. */
export function nextSteps(status: ApplicationStatus): ApplicationStep[] {
  return (Object.keys(APPLICATION_TRANSITIONS) as ApplicationStep[]).filter((step) => APPLICATION_TRANSITIONS[step].from.includes(status));
}

function expectedNext(status: ApplicationStatus): string {
  const steps = nextSteps(status);
  return steps.length === 0 ? `nothing: ${status} is final` : steps.join(' or ');
}

/**
 * One step of an application's chain, by an actor. A rejection (the school's decline, the office's
 * nonconformity, R-SEL-1) needs a non-blank reason. A violation names the rule of the step tried
 * and says what the status waits for. Whether this school or university is the applicant's own,
 * and whether the window is open, are the caller's checks; admitting from the waiting list must
 * first pass offerToWaitlist (R-SEL-4).
 */
export function advanceApplication(
  status: ApplicationStatus,
  step: ApplicationStep,
  actor: ApplicationActor,
  reason?: string | null,
): Result<ApplicationStatus, RuleViolation> {
  const transition = Object.hasOwn(APPLICATION_TRANSITIONS, step) ? APPLICATION_TRANSITIONS[step] : undefined;
  if (!transition) return err({ rule: NEXT_RULE[status], message: `${JSON.stringify(step)} is not a step of an application; expected next: ${expectedNext(status)}` });
  const { rule } = transition;
  if (!transition.from.includes(status)) {
    return err({ rule, message: `an application that is ${status} cannot take the step ${step}; expected next: ${expectedNext(status)}` });
  }
  if (!transition.actors.includes(actor)) {
    return err({ rule, message: `the step ${step} is taken by the ${transition.actors.join(' or the ')}, not the ${actor}` });
  }
  if (transition.needsReason && (reason == null || reason.trim() === '')) return err({ rule, message: `the step ${step} needs a reason` });
  return ok(transition.to);
}
