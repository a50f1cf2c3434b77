import { describe, expect, it } from 'vitest';
import { offerReplyDeadline, ratioCounts } from './confirmation.js';
import { offerToWaitlist } from './waitlist.js';

describe('R-SEL-4 ratioCounts: interviewees and places held per discipline', () => {
  it('R-SEL-4 counts everyone interviewed as an interviewee, and only admitted or confirmed as holding a place', () => {
    const counts = ratioCounts(['physics', 'chemistry'], [
      { disciplineCode: 'physics', status: 'admitted' },
      { disciplineCode: 'physics', status: 'confirmed' },
      { disciplineCode: 'physics', status: 'declined' },
      { disciplineCode: 'physics', status: 'waitlisted' },
      { disciplineCode: 'physics', status: 'not_admitted' },
      { disciplineCode: 'physics', status: 'invited' },
      { disciplineCode: 'chemistry', status: 'interviewed' },
    ]);
    expect(counts).toEqual([{ code: 'physics', invited: 5, admitted: 2 }, { code: 'chemistry', invited: 1, admitted: 0 }]);
  });

  it('R-SEL-4 a decline frees a place the waiting list may take only while the ratio holds', () => {
    const statuses = (declined: number, waitlisted: number) => [
      ...Array.from({ length: 2 - declined }, () => ({ disciplineCode: 'physics', status: 'admitted' as const })),
      ...Array.from({ length: declined }, () => ({ disciplineCode: 'physics', status: 'declined' as const })),
      ...Array.from({ length: waitlisted }, () => ({ disciplineCode: 'physics', status: 'waitlisted' as const })),
    ];
    const after = (waitlisted: number) => offerToWaitlist({ disciplineCode: 'physics', waitlist: ['next'], perDiscipline: ratioCounts(['physics'], statuses(1, waitlisted)), interviewRatio: 3 });
    expect(after(4).offer).toBe('next');
    expect(after(3).offer).toBeNull();
  });
});

describe('R-SEL-5 offerReplyDeadline', () => {
  it('R-SEL-5 an early offer keeps the cycle deadline; a late one gets seven days', () => {
    expect(offerReplyDeadline('2026-01-05', '2025-12-26')).toBe('2026-01-05');
    expect(offerReplyDeadline('2026-01-05', '2026-01-03')).toBe('2026-01-10');
    expect(offerReplyDeadline('2025-12-31', '2025-12-28', 7)).toBe('2026-01-04');
  });

  it('rejects a malformed date', () => {
    expect(() => offerReplyDeadline('2026-1-5', '2026-01-03')).toThrow(RangeError);
  });
});
