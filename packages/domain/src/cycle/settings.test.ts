import { describe, expect, it } from 'vitest';
import { hasOpened, overlapProblems, settingProblems, shiftDate, shiftSchedule, windowProblems, type CycleSettings } from './settings.js';

const SHANXI: CycleSettings = {
  subjectRankTopPercent: 10, overallRankTopPercent: 15, interviewRatio: 3, minAdmissions: 40, minTrainingSessions: 10,
  maxMentorChoices: 2, assessmentWeight: 0.4, interviewWeight: 0.6, publicNoticeDays: 5,
};

describe('a cycle\'s numbers, each checked against its rule', () => {
  it('the plan\'s own numbers pass', () => {
    expect(settingProblems(SHANXI)).toEqual([]);
  });

  it('R-SEL-4: a ratio below one interviewee per admitted student is out of range, naming the rule', () => {
    expect(settingProblems({ ...SHANXI, interviewRatio: 0.5 })).toEqual([{ code: 'SETTING_OUT_OF_RANGE', setting: 'interviewRatio', rule: 'R-SEL-4', min: 1, max: 10 }]);
  });

  it('R-SEL-6 R-TRAIN-4: counts are whole numbers', () => {
    expect(settingProblems({ ...SHANXI, minAdmissions: 40.5, minTrainingSessions: 0 }).map((p) => p.code === 'SETTING_OUT_OF_RANGE' && [p.setting, p.rule])).toEqual([
      ['minAdmissions', 'R-SEL-6'],
      ['minTrainingSessions', 'R-TRAIN-4'],
    ]);
  });

  it('R-APP-2: a percentage above 100 is refused', () => {
    expect(settingProblems({ ...SHANXI, overallRankTopPercent: 150 })[0]).toMatchObject({ setting: 'overallRankTopPercent', rule: 'R-APP-2' });
  });

  it('R-SEL-5: the two weights of the ranking add up to one', () => {
    expect(settingProblems({ ...SHANXI, assessmentWeight: 0.3, interviewWeight: 0.6 })).toEqual([{ code: 'WEIGHTS_NOT_ONE', rule: 'R-SEL-5' }]);
    expect(settingProblems({ ...SHANXI, assessmentWeight: 0.3, interviewWeight: 0.7 })).toEqual([]);
  });
});

describe('a cycle\'s windows', () => {
  it('an inverted window and a date that does not exist are named by step', () => {
    expect(windowProblems([
      { key: 'registration', startsOn: '2026-11-30', endsOn: '2026-11-01' },
      { key: 'cutoff', startsOn: '2026-12-01', endsOn: '2026-12-32' },
      { key: 'interview', startsOn: '2026-12-01', endsOn: '2026-12-01' },
    ])).toEqual([{ code: 'WINDOW_INVERTED', key: 'registration' }, { code: 'WINDOW_NOT_A_DATE', key: 'cutoff' }]);
  });

  it('the same step may not run in two cycles of a province at once; touching ends overlap, the next day does not', () => {
    const earlier = [{ year: 2026, milestones: [{ key: 'registration', startsOn: '2025-11-01', endsOn: '2025-11-30' }] }];
    expect(overlapProblems([{ key: 'registration', startsOn: '2025-11-30', endsOn: '2025-12-10' }], earlier)).toEqual([{ code: 'WINDOW_OVERLAPS', key: 'registration', otherYear: 2026 }]);
    expect(overlapProblems([{ key: 'registration', startsOn: '2025-12-01', endsOn: '2025-12-10' }], earlier)).toEqual([]);
    expect(overlapProblems([{ key: 'cutoff', startsOn: '2025-11-01', endsOn: '2025-11-30' }], earlier)).toEqual([]);
  });

  it('a copied schedule moves by whole years; 29 February lands on the 28th', () => {
    expect(shiftSchedule([{ key: 'registration', name: '报名', startsOn: '2025-11-01', endsOn: '2025-11-30' }], 1)).toEqual([
      { key: 'registration', name: '报名', startsOn: '2026-11-01', endsOn: '2026-11-30' },
    ]);
    expect(shiftDate('2028-02-29', 1)).toBe('2029-02-28');
    expect(shiftDate('2027-02-28', 1)).toBe('2028-02-28');
  });

  it('a cycle opens on the first day of its earliest window', () => {
    const schedule = [{ key: 'registration', startsOn: '2026-11-01', endsOn: '2026-11-30' }, { key: 'school_participation', startsOn: '2026-07-01', endsOn: '2026-09-30' }];
    expect(hasOpened(schedule, '2026-06-30')).toBe(false);
    expect(hasOpened(schedule, '2026-07-01')).toBe(true);
  });
});
