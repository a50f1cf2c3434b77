import { describe, expect, it } from 'vitest';
import { planAssignments, type OpenSlot, type WaitingInterviewee } from './assignment-plan.js';

const applicant = (n: number): WaitingInterviewee => ({ applicationId: `a${n}`, applicationNumber: `SX2026-${String(n).padStart(5, '0')}` });
const morning: OpenSlot = { slotId: 's1', startsAt: new Date('2025-12-20T01:00:00Z'), free: 2 };
const afternoon: OpenSlot = { slotId: 's2', startsAt: new Date('2025-12-20T06:00:00Z'), free: 2 };

describe('R-SEL-5 planAssignments: application number order into slots in time order', () => {
  it('R-SEL-5 fills the earliest slot first, whatever order the rows came in', () => {
    const plan = planAssignments([applicant(3), applicant(1), applicant(2)], [afternoon, morning]);
    expect(plan.assignments).toEqual([
      { applicationId: 'a1', slotId: 's1' }, { applicationId: 'a2', slotId: 's1' }, { applicationId: 'a3', slotId: 's2' },
    ]);
    expect(plan.unplaced).toEqual([]);
  });

  it('R-SEL-5 applicants beyond the free places are left unplaced, in number order', () => {
    const plan = planAssignments([1, 2, 3, 4, 5, 6].map(applicant), [morning, afternoon]);
    expect(plan.assignments).toHaveLength(4);
    expect(plan.unplaced).toEqual(['a5', 'a6']);
  });

  it('R-SEL-5 a full slot takes nobody', () => {
    const plan = planAssignments([applicant(1)], [{ ...morning, free: 0 }, afternoon]);
    expect(plan.assignments).toEqual([{ applicationId: 'a1', slotId: 's2' }]);
  });

  it('R-SEL-5 no slots: everyone waits', () => {
    expect(planAssignments([applicant(1)], [])).toEqual({ assignments: [], unplaced: ['a1'] });
  });
});
