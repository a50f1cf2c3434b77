import { describe, expect, it } from 'vitest';
import type { Milestone } from './cycle.js';
import { currentPhase, PHASE_BETWEEN, PHASE_FINISHED, PHASE_NOT_STARTED } from './current-phase.js';

const milestone = (key: string, startsOn: string, endsOn: string): Milestone => ({ key, name: key, startsOn, endsOn });

const schedule: Milestone[] = [
  milestone('registration', '2025-11-01', '2025-11-30'),
  milestone('potential_assessment', '2025-11-01', '2025-11-30'),
  milestone('cutoff', '2025-12-01', '2025-12-31'),
  milestone('training', '2026-01-01', '2026-12-31'),
  milestone('initial_evaluation', '2026-04-01', '2026-04-15'),
  milestone('annual_summary', '2026-11-01', '2026-12-31'),
  milestone('annual_evaluation', '2026-11-01', '2026-11-30'),
];

/** An instant given as Shanghai wall-clock time (UTC+8, no daylight saving). */
const shanghai = (local: string): Date => new Date(`${local}+08:00`);

describe('R-TRAIN-1 currentPhase: the schedule milestone holding today in Asia/Shanghai', () => {
  it.each([
    ['2025-10-31T23:59:59', PHASE_NOT_STARTED],
    ['2025-11-01T00:00:00', 'registration'],
    ['2025-11-30T23:59:59', 'registration'],
    ['2025-12-01T00:00:00', 'cutoff'],
    ['2026-03-31T12:00:00', 'training'],
    ['2026-04-01T08:00:00', 'initial_evaluation'],
    ['2026-04-15T23:00:00', 'initial_evaluation'],
    ['2026-04-16T00:00:00', 'training'],
    ['2026-11-25T10:00:00', 'annual_evaluation'],
    ['2026-12-01T00:00:00', 'annual_summary'],
    ['2027-01-01T00:00:00', PHASE_FINISHED],
  ])('at %s Shanghai time the phase is %s', (local, expected) => {
    expect(currentPhase(schedule, shanghai(local))).toBe(expected);
  });

  it('reads the date in Shanghai, not UTC: 16:00 UTC on Oct 31 is already Nov 1', () => {
    expect(currentPhase(schedule, new Date('2025-10-31T16:00:00Z'))).toBe('registration');
    expect(currentPhase(schedule, new Date('2025-10-31T15:59:59Z'))).toBe(PHASE_NOT_STARTED);
  });

  it('is "between" when no window holds today but some are still ahead', () => {
    const gapped = [milestone('a', '2026-01-01', '2026-01-31'), milestone('b', '2026-03-01', '2026-03-31')];
    expect(currentPhase(gapped, shanghai('2026-02-10T09:00:00'))).toBe(PHASE_BETWEEN);
  });

  it('is "not started" for a cycle without milestones', () => {
    expect(currentPhase([], shanghai('2026-02-10T09:00:00'))).toBe(PHASE_NOT_STARTED);
  });
});
