import { describe, expect, it } from 'vitest';
import { offerToWaitlist } from './waitlist.js';

const counts = (physicsInvited: number, physicsAdmitted: number, mathsInvited = 30, mathsAdmitted = 10) => [
  { code: 'physics', invited: physicsInvited, admitted: physicsAdmitted },
  { code: 'maths', invited: mathsInvited, admitted: mathsAdmitted },
];

describe('R-SEL-4 offerToWaitlist: the next on the list gets a declined place only while the ratio holds', () => {
  it.each<[string, ReturnType<typeof counts>, string | null, string[], (string | null)[]]>([
    // what, counts after the decline, offer, list after, violations' disciplines (null: overall)
    ['15 interviewees, 4 admitted after a decline: the 5th place is offered', counts(15, 4), 'W1', ['W2', 'W3'], []],
    ['14 interviewees, 4 admitted: a 5th would break 3 : 1 here and overall', counts(14, 4), null, ['W1', 'W2', 'W3'], ['physics', null]],
    ['12 interviewees, 3 admitted: a 4th is exactly 3 : 1', counts(12, 3), 'W1', ['W2', 'W3'], []],
    ['physics holds but overall would break', counts(15, 4, 29, 10), null, ['W1', 'W2', 'W3'], [null]],
    ['another discipline short on its own does not block physics', counts(20, 4, 50, 17), 'W1', ['W2', 'W3'], []],
  ])('%s', (_, perDiscipline, offer, waitlist, violated) => {
    const result = offerToWaitlist({ disciplineCode: 'physics', waitlist: ['W1', 'W2', 'W3'], perDiscipline, interviewRatio: 3 });
    expect(result.offer).toBe(offer);
    expect(result.waitlist).toEqual(waitlist);
    expect(result.violations.map((violation) => violation.disciplineCode)).toEqual(violated);
    for (const violation of result.violations) expect(violation.rule).toBe('R-SEL-4');
  });

  it('R-SEL-4 an empty waiting list offers nothing and breaks no rule', () => {
    expect(offerToWaitlist({ disciplineCode: 'physics', waitlist: [], perDiscipline: counts(15, 4), interviewRatio: 3 })).toEqual({ offer: null, waitlist: [], violations: [] });
  });

  it('R-SEL-4 the last on the list', () => {
    expect(offerToWaitlist({ disciplineCode: 'physics', waitlist: ['W9'], perDiscipline: counts(15, 4), interviewRatio: 3 })).toEqual({ offer: 'W9', waitlist: [], violations: [] });
  });

  it('R-SEL-4 a discipline without counts is a programming error', () => {
    expect(() => offerToWaitlist({ disciplineCode: 'biology', waitlist: ['W1'], perDiscipline: counts(15, 4), interviewRatio: 3 })).toThrow(RangeError);
  });
});
