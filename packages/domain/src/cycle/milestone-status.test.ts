import { describe, expect, it } from 'vitest';
import { milestoneStatus } from './milestone-status.js';

const training = { key: 'training', startsOn: '2026-01-01', endsOn: '2026-12-31' };
const registration = { key: 'registration', startsOn: '2025-11-01', endsOn: '2025-11-30' };
const annual = { key: 'annual_evaluation', startsOn: '2026-11-01', endsOn: '2026-11-30' };

describe('R-TRAIN-1 milestoneStatus: where a step of the schedule stands', () => {
  it.each([
    ['the current phase', training, 'training', '2026-03-01', 'current'],
    ['a window that closed', registration, 'training', '2026-03-01', 'ended'],
    ['a window ahead', annual, 'training', '2026-03-01', 'upcoming'],
    ['a window holding today behind a more specific phase', training, 'initial_evaluation', '2026-04-05', 'open'],
    ['the last day of a window, inclusive', registration, 'between', '2025-11-30', 'open'],
    ['any window once the cycle finished', annual, 'finished', '2026-11-15', 'ended'],
    ['any window before the cycle started', registration, 'not_started', '2025-11-15', 'upcoming'],
  ] as const)('%s', (_, milestone, phase, today, expected) => {
    expect(milestoneStatus(milestone, phase, today)).toBe(expected);
  });
});
