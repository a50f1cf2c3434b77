import { describe, expect, it } from 'vitest';
import { checkInterviewSlot, type InterviewSlotDraft } from './interview-slot.js';

const slot = (over: Partial<InterviewSlotDraft> = {}): InterviewSlotDraft => ({
  startsAt: new Date('2025-12-20T01:00:00Z'), endsAt: new Date('2025-12-20T04:00:00Z'),
  place: '山西大学物理楼 201', onlineLink: null, capacity: 10, ...over,
});

describe('R-SEL-5 checkInterviewSlot', () => {
  it.each([
    ['a place', slot()],
    ['an online link only', slot({ place: null, onlineLink: 'https://meeting.example.cn/j/123' })],
    ['capacity 1', slot({ capacity: 1 })],
    ['capacity 200', slot({ capacity: 200 })],
  ])('R-SEL-5 %s is a good slot', (_, draft) => {
    expect(checkInterviewSlot(draft)).toEqual([]);
  });

  it.each([
    ['ends when it starts', slot({ endsAt: new Date('2025-12-20T01:00:00Z') }), 'endsAt'],
    ['ends before it starts', slot({ endsAt: new Date('2025-12-20T00:00:00Z') }), 'endsAt'],
    ['neither place nor link', slot({ place: '  ', onlineLink: null }), 'place'],
    ['a link that is not a web address', slot({ onlineLink: 'meeting 123' }), 'onlineLink'],
    ['a javascript: link', slot({ onlineLink: 'javascript:alert(1)' }), 'onlineLink'],
    ['capacity 0', slot({ capacity: 0 }), 'capacity'],
    ['capacity 201', slot({ capacity: 201 }), 'capacity'],
    ['capacity 2.5', slot({ capacity: 2.5 }), 'capacity'],
  ])('R-SEL-5 %s is refused on %s', (_, draft, field) => {
    expect(checkInterviewSlot(draft).map((error) => error.field)).toEqual([field]);
  });
});
