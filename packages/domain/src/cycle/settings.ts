import type { RuleId } from '../result.js';
import { isCalendarDate } from './calendar-date.js';
import type { CalendarDate, CycleRules, Milestone } from './cycle.js';

/** Every number of a cycle the office may set, beside the rule it belongs to. */
export interface CycleSettings extends CycleRules {
  /** R-APP-3: how many mentors an applicant may rank. */
  maxMentorChoices: number;
  /** R-SEL-5: weight of the assessment score in the admission ranking. */
  assessmentWeight: number;
  /** R-SEL-5: weight of the interview score in the admission ranking. */
  interviewWeight: number;
  /** R-SEL-5: days the admitted list stays on the public notice (公示) before it is filed. */
  publicNoticeDays: number;
}

export type CycleSettingKey = keyof CycleSettings;

export interface SettingLimit {
  rule: RuleId;
  min: number;
  max: number;
  /** A count, not a share: whole numbers only. */
  whole: boolean;
}

/** The range each setting may take: wide enough for any province's plan, narrow enough to catch a typo. */
export const CYCLE_SETTING_LIMITS: Readonly<Record<CycleSettingKey, SettingLimit>> = {
  subjectRankTopPercent: { rule: 'R-APP-2', min: 1, max: 100, whole: false },
  overallRankTopPercent: { rule: 'R-APP-2', min: 1, max: 100, whole: false },
  maxMentorChoices: { rule: 'R-APP-3', min: 1, max: 5, whole: true },
  interviewRatio: { rule: 'R-SEL-4', min: 1, max: 10, whole: false },
  assessmentWeight: { rule: 'R-SEL-5', min: 0, max: 1, whole: false },
  interviewWeight: { rule: 'R-SEL-5', min: 0, max: 1, whole: false },
  publicNoticeDays: { rule: 'R-SEL-5', min: 1, max: 30, whole: true },
  minAdmissions: { rule: 'R-SEL-6', min: 1, max: 1000, whole: true },
  minTrainingSessions: { rule: 'R-TRAIN-4', min: 1, max: 100, whole: true },
};

export type SettingProblem =
  | { code: 'SETTING_OUT_OF_RANGE'; setting: CycleSettingKey; rule: RuleId; min: number; max: number }
  | { code: 'WEIGHTS_NOT_ONE'; rule: 'R-SEL-5' };

/** What is wrong with a cycle's numbers; empty when every one is within its rule's range. */
export function settingProblems(settings: CycleSettings): SettingProblem[] {
  const problems: SettingProblem[] = [];
  for (const [setting, limit] of Object.entries(CYCLE_SETTING_LIMITS) as [CycleSettingKey, SettingLimit][]) {
    const value = settings[setting];
    const fits = Number.isFinite(value) && value >= limit.min && value <= limit.max && (!limit.whole || Number.isInteger(value));
    if (!fits) problems.push({ code: 'SETTING_OUT_OF_RANGE', setting, rule: limit.rule, min: limit.min, max: limit.max });
  }
  // Weights are stored to two decimals: compare in hundredths so 0.4 + 0.6 is one.
  if (Math.round(settings.assessmentWeight * 100) + Math.round(settings.interviewWeight * 100) !== 100) {
    problems.push({ code: 'WEIGHTS_NOT_ONE', rule: 'R-SEL-5' });
  }
  return problems;
}

export type WindowProblem =
  | { code: 'WINDOW_NOT_A_DATE'; key: string }
  | { code: 'WINDOW_INVERTED'; key: string }
  | { code: 'WINDOW_OVERLAPS'; key: string; otherYear: number };

type Window = Pick<Milestone, 'key' | 'startsOn' | 'endsOn'>;

/** Each window is two real dates, the first not after the last. */
export function windowProblems(windows: readonly Window[]): WindowProblem[] {
  return windows.flatMap((w): WindowProblem[] => {
    if (!isCalendarDate(w.startsOn) || !isCalendarDate(w.endsOn)) return [{ code: 'WINDOW_NOT_A_DATE', key: w.key }];
    return w.startsOn > w.endsOn ? [{ code: 'WINDOW_INVERTED', key: w.key }] : [];
  });
}

/**
 * A step may not run in two cycles of a province at once (two registrations, two cut-offs): the
 * applicant and the office would not know which cycle they act in.
 */
export function overlapProblems(windows: readonly Window[], others: readonly { year: number; milestones: readonly Window[] }[]): WindowProblem[] {
  return windows.flatMap((w) =>
    others.flatMap(({ year, milestones }) =>
      milestones
        .filter((o) => o.key === w.key && o.startsOn <= w.endsOn && w.startsOn <= o.endsOn)
        .map((): WindowProblem => ({ code: 'WINDOW_OVERLAPS', key: w.key, otherYear: year })),
    ),
  );
}

/** A date moved by whole years; 29 February becomes the 28th in a year without it. */
export function shiftDate(date: CalendarDate, years: number): CalendarDate {
  const year = Number(date.slice(0, 4)) + years;
  const moved = `${String(year).padStart(4, '0')}${date.slice(4)}`;
  const lastOfFebruary = `${moved.slice(0, 8)}28`;
  return isCalendarDate(moved) ? moved : lastOfFebruary;
}

/** A schedule copied onto a later (or earlier) cycle: every window moved by the same number of years. */
export function shiftSchedule<T extends Window>(milestones: readonly T[], years: number): T[] {
  return milestones.map((m) => ({ ...m, startsOn: shiftDate(m.startsOn, years), endsOn: shiftDate(m.endsOn, years) }));
}

/** A cycle has opened once its first window has begun: from then a change needs a reason, and is audited with it. */
export function hasOpened(milestones: readonly Window[], today: CalendarDate): boolean {
  const first = milestones.map((m) => m.startsOn).sort()[0];
  return first !== undefined && first <= today;
}
