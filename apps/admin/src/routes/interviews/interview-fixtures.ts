// Test data of 面试安排 and 面试评分 as the API sends it. Used by the *.test.tsx of the two screens only.
import type { TypedDocumentNode } from '@apollo/client';
import type { MockLink } from '@apollo/client/testing';
import type { AdminIntervieweeFragment, AdminInterviewSlotFragment, AdminMyInterviewFragment, AdminScoreSheetFragment } from '@yingcai/schema';
import type { SessionAccount } from '../../shell/access';
import { anAccount, grant } from '../../test/fixtures/session';

type Answer = { data: unknown } | { errors: unknown[] };

/** Answers every request of a document from `answer(variables)` and records the variables sent. */
export function answering<V extends Record<string, unknown>>(query: TypedDocumentNode<unknown, V>, answer: (variables: V) => Answer) {
  const sentVariables: V[] = [];
  const mock: MockLink.MockedResponse = {
    request: { query, variables: () => true },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: (variables: V) => {
      sentVariables.push(variables);
      return answer(variables) as never;
    },
  };
  return { mock, sentVariables };
}

/** A GraphQL error as the API sends it. */
export const failure = (code: string, extensions: Record<string, unknown> = {}) => ({ errors: [{ message: 'refused', extensions: { code, ...extensions } }] });

export const aMentor = (): SessionAccount => anAccount({ id: 'acc-mentor', displayName: '陈教授', email: 'mentor@yingcai.test', roles: [grant('MENTOR', 'mentor-1', '陈教授')] });

export const RUBRIC = [
  { __typename: 'InterviewCriterion', code: 'research_potential', name: '科研潜质', maxPoints: 40 },
  { __typename: 'InterviewCriterion', code: 'foundation', name: '学科基础', maxPoints: 30 },
  { __typename: 'InterviewCriterion', code: 'expression', name: '表达与思维', maxPoints: 30 },
];

// 09:00–12:00 in Asia/Shanghai
const SLOT_TIME = { disciplineCode: 'physics', startsAt: '2025-12-20T01:00:00.000Z', endsAt: '2025-12-20T04:00:00.000Z', place: '山西大学物理楼 201', onlineLink: null };

export function aSlot(overrides: Partial<AdminInterviewSlotFragment> = {}): AdminInterviewSlotFragment {
  return {
    __typename: 'InterviewSlot', id: 'slot-1', ...SLOT_TIME, capacity: 10, assigned: 2, version: 4,
    members: [
      { __typename: 'PanelMember', accountId: 'acc-mentor', name: '陈教授', role: 'MENTOR' },
      { __typename: 'PanelMember', accountId: 'acc-office', name: '王老师', role: 'OFFICE_STAFF' },
    ],
    ...overrides,
  } as AdminInterviewSlotFragment;
}

export function aSheet(overrides: Partial<AdminScoreSheetFragment> = {}): AdminScoreSheetFragment {
  return {
    __typename: 'ScoreSheet', memberAccountId: 'acc-mentor', memberName: '陈教授', conflict: false, conflictReason: null,
    points: [
      { __typename: 'CriterionPoints', criterion: 'research_potential', points: 36 },
      { __typename: 'CriterionPoints', criterion: 'foundation', points: 26 },
      { __typename: 'CriterionPoints', criterion: 'expression', points: 28 },
    ],
    total: 90, comment: '思路清晰', submittedAt: '2025-12-20T03:00:00.000Z',
    ...overrides,
  } as AdminScoreSheetFragment;
}

export function anInterviewee(overrides: Partial<AdminIntervieweeFragment> = {}): AdminIntervieweeFragment {
  return {
    __typename: 'Interviewee', applicationId: '11', applicationNumber: 'SX2026-00001', name: '张同学', schoolName: '太原市第五中学', grade: 11,
    status: 'INVITED', version: 7, awaiting: 0, meanScore: 80, score: null, recordedAt: null,
    sheets: [aSheet(), aSheet({ memberAccountId: 'acc-office', memberName: '王老师', conflict: true, conflictReason: '亲属', points: [], total: null, comment: null })],
    ...overrides,
  } as AdminIntervieweeFragment;
}

export function aMyInterview(overrides: Partial<AdminMyInterviewFragment> = {}): AdminMyInterviewFragment {
  return {
    __typename: 'MyInterview', assignmentId: '21', applicationNumber: 'SX2026-00001', name: '张同学', schoolName: '太原市第五中学', grade: 11,
    recorded: false, asked: true, slot: { __typename: 'ApplicantInterview', ...SLOT_TIME }, sheet: null,
    ...overrides,
  } as AdminMyInterviewFragment;
}
