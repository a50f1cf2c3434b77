import { describe, expect, it } from 'vitest';
import { APPLICATION_STATUSES } from '../applications/application-status.js';
import { FUNNEL_STAGES, funnelOf } from './funnel.js';

const countOf = (steps: ReturnType<typeof funnelOf>) => Object.fromEntries(steps.map((s) => [s.stage, s.count]));

describe('funnelOf: the selection funnel per stage (R-APP-4 … R-SEL-5)', () => {
  it('counts an application in every stage it passed, and drafts in none', () => {
    const steps = funnelOf([{ status: 'draft', count: 9 }, { status: 'invited', count: 2 }, { status: 'submitted', count: 3 }]);
    expect(countOf(steps)).toEqual({ applied: 5, recommended: 2, conformant: 2, assessed: 2, invited: 2, interviewed: 0, admitted: 0 });
  });

  it.each([
    ['school_declined', 'applied'],
    ['nonconformant', 'recommended'],
    ['waitlisted', 'interviewed'],
    ['not_admitted', 'interviewed'],
    ['declined', 'admitted'],
    ['confirmed', 'admitted'],
  ] as const)('a %s application stops at %s', (status, last) => {
    const steps = funnelOf([{ status, count: 1 }]);
    const lastIndex = FUNNEL_STAGES.indexOf(last);
    expect(steps.map((s) => s.count)).toEqual(FUNNEL_STAGES.map((_, i) => (i <= lastIndex ? 1 : 0)));
  });

  it('gives each stage its ratio to the stage before, none for the first or after an empty stage', () => {
    const steps = funnelOf([{ status: 'submitted', count: 6 }, { status: 'school_recommended', count: 2 }, { status: 'conformant', count: 2 }]);
    expect(steps.slice(0, 4).map((s) => s.ratioToPrevious)).toEqual([null, 0.4, 0.5, 0]);
    expect(steps[4]!.ratioToPrevious).toBeNull();
  });

  it('counts every submitted status as applied, and only drafts as not', () => {
    const applied = APPLICATION_STATUSES.filter((status) => funnelOf([{ status, count: 1 }])[0]!.count === 1);
    expect(applied).toEqual(APPLICATION_STATUSES.filter((status) => status !== 'draft'));
  });
});
