import { describe, expect, it } from 'vitest';
import {
  advanceApplication,
  APPLICATION_STATUSES,
  nextSteps,
  type ApplicationActor,
  type ApplicationStatus,
  type ApplicationStep,
} from './application-status.js';

const STEPS: ApplicationStep[] = [
  'submit', 'school_recommend', 'school_decline', 'mark_conformant', 'mark_nonconformant', 'record_assessment',
  'invite', 'record_interview', 'admit', 'waitlist', 'not_admit', 'admit_from_waitlist', 'confirm', 'decline',
];
const ACTORS: ApplicationActor[] = ['applicant', 'school', 'office', 'university'];

/** Every allowed (status, step, actor), written out by hand; everything else is refused. */
const ALLOWED: Record<string, ApplicationStatus> = {
  'draft/submit/applicant': 'submitted',
  'submitted/school_recommend/school': 'school_recommended',
  'submitted/school_decline/school': 'school_declined',
  'school_recommended/mark_conformant/office': 'conformant',
  'school_recommended/mark_nonconformant/office': 'nonconformant',
  'conformant/record_assessment/office': 'assessed',
  'assessed/invite/office': 'invited',
  'invited/record_interview/university': 'interviewed',
  'invited/record_interview/office': 'interviewed',
  'interviewed/admit/university': 'admitted',
  'interviewed/admit/office': 'admitted',
  'interviewed/waitlist/university': 'waitlisted',
  'interviewed/waitlist/office': 'waitlisted',
  'interviewed/not_admit/university': 'not_admitted',
  'interviewed/not_admit/office': 'not_admitted',
  'waitlisted/admit_from_waitlist/office': 'admitted',
  'admitted/confirm/applicant': 'confirmed',
  'admitted/decline/applicant': 'declined',
};

/** The rule each step is refused under, written out. */
const RULE_OF_STEP: Record<ApplicationStep, string> = {
  submit: 'R-APP-4', school_recommend: 'R-APP-4', school_decline: 'R-APP-4',
  mark_conformant: 'R-SEL-1', mark_nonconformant: 'R-SEL-1', record_assessment: 'R-SEL-2', invite: 'R-SEL-3',
  record_interview: 'R-SEL-5', admit: 'R-SEL-5', waitlist: 'R-SEL-5', not_admit: 'R-SEL-5',
  admit_from_waitlist: 'R-SEL-4', confirm: 'R-SEL-5', decline: 'R-SEL-5',
};

describe('R-APP-4 R-SEL-1..5 advanceApplication: every status × step × actor, allowed or refused', () => {
  const table = APPLICATION_STATUSES.flatMap((status) =>
    STEPS.flatMap((step) => ACTORS.map((actor) => [status, step, actor, ALLOWED[`${status}/${step}/${actor}`] ?? null] as const)),
  );

  it('covers 14 statuses × 14 steps × 4 actors, 18 of them allowed', () => {
    expect(table).toHaveLength(784);
    expect(table.filter(([, , , to]) => to !== null)).toHaveLength(18);
  });

  it.each(table)('%s, %s by the %s → %s', (status, step, actor, to) => {
    const result = advanceApplication(status, step, actor, 'a reason');
    if (to === null) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.rule).toBe(RULE_OF_STEP[step]);
    } else {
      expect(result).toEqual({ ok: true, value: to });
    }
  });
});

describe('R-SEL-1 advanceApplication: a rejection needs a reason', () => {
  it.each([
    ['school_recommended', 'mark_nonconformant', 'office', 'R-SEL-1'],
    ['submitted', 'school_decline', 'school', 'R-APP-4'],
  ] as const)('%s, %s by the %s: no reason, a blank one or spaces are refused under %s', (status, step, actor, rule) => {
    for (const reason of [undefined, null, '', '   ']) {
      expect(advanceApplication(status, step, actor, reason)).toEqual({ ok: false, error: { rule, message: `the step ${step} needs a reason` } });
    }
    expect(advanceApplication(status, step, actor, '成绩排名证明缺失')).toMatchObject({ ok: true });
  });

  it('R-SEL-1 a conformant application needs no reason', () => {
    expect(advanceApplication('school_recommended', 'mark_conformant', 'office')).toEqual({ ok: true, value: 'conformant' });
  });
});

describe('R-SEL-5 advanceApplication: the messages say what the status waits for', () => {
  it.each([
    ['draft', 'confirm', 'applicant', 'an application that is draft cannot take the step confirm; expected next: submit'],
    ['interviewed', 'confirm', 'applicant', 'an application that is interviewed cannot take the step confirm; expected next: admit or waitlist or not_admit'],
    ['confirmed', 'decline', 'applicant', 'an application that is confirmed cannot take the step decline; expected next: nothing: confirmed is final'],
    ['interviewed', 'admit', 'school', 'the step admit is taken by the university or the office, not the school'],
    ['draft', 'submit', 'office', 'the step submit is taken by the applicant, not the office'],
  ] as const)('%s, %s by the %s → %j', (status, step, actor, message) => {
    const result = advanceApplication(status, step, actor);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toBe(message);
  });

  it('R-APP-4 an unknown step is refused under the rule of what comes next', () => {
    expect(advanceApplication('draft', 'toString' as ApplicationStep, 'applicant')).toEqual({
      ok: false,
      error: { rule: 'R-APP-4', message: '"toString" is not a step of an application; expected next: submit' },
    });
  });

  it.each([
    ['school_declined', []],
    ['nonconformant', []],
    ['not_admitted', []],
    ['declined', []],
    ['confirmed', []],
    ['assessed', ['invite']],
    ['waitlisted', ['admit_from_waitlist']],
    ['admitted', ['confirm', 'decline']],
    ['submitted', ['school_recommend', 'school_decline']],
  ] as const)('R-SEL-5 nextSteps(%s) → %j', (status, steps) => {
    expect(nextSteps(status)).toEqual(steps);
  });
});
