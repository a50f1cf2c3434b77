import { describe, expect, it } from 'vitest';
import { stepWindow } from './office-steps.js';
import { checkWindow } from './window.js';

const SCHEDULE = [
  { key: 'registration', startsOn: '2025-11-01', endsOn: '2025-11-30' },
  { key: 'potential_assessment', startsOn: '2025-11-01', endsOn: '2025-11-30' },
  { key: 'cutoff', startsOn: '2025-12-01', endsOn: '2025-12-31' },
  { key: 'interview', startsOn: '2025-12-01', endsOn: '2025-12-31' },
];

describe('issue 11: each office step of selection has the window of its milestones', () => {
  it('R-SEL-1: the review runs with registration', () => {
    expect(stepWindow(SCHEDULE, 'review')).toEqual({ startsOn: '2025-11-01', endsOn: '2025-11-30', milestoneKey: 'registration', rule: 'R-SEL-1' });
  });

  it('R-SEL-2: scores are imported from the assessment until the cut-offs are set, and extended with the cut-off window', () => {
    const window = stepWindow(SCHEDULE, 'import_scores')!;
    expect(window).toMatchObject({ startsOn: '2025-11-01', endsOn: '2025-12-31', milestoneKey: 'cutoff' });
    expect(checkWindow({ window, today: '2026-01-01', rule: window.rule })[0]?.rule).toBe('R-SEL-2');
    expect(checkWindow({ window, today: '2026-01-01', rule: window.rule, extendedUntil: '2026-01-03' })).toEqual([]);
  });

  it('R-SEL-5: interviews are scored in the interview window; a cycle without it has no window to check', () => {
    expect(stepWindow(SCHEDULE, 'score_interviews')).toMatchObject({ startsOn: '2025-12-01', endsOn: '2025-12-31', rule: 'R-SEL-5' });
    expect(stepWindow(SCHEDULE.slice(0, 2), 'score_interviews')).toBeNull();
  });
});
