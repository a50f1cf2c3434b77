// Test data of 录取, as the API sends it. Used by the *.test.tsx beside it only.
import type { MockLink } from '@apollo/client/testing';
import {
  AdminAdmissionBoardDocument, AdminDecideAdmissionDocument, AdminPublishAdmissionsDocument,
  type AdminAdmissionBoardFragment, type AdminDecideAdmissionMutationVariables,
} from '@yingcai/schema';

type Discipline = AdminAdmissionBoardFragment['disciplines'][number];
type Candidate = Discipline['candidates'][number];

/** An object as the API sends it: with its __typename, which the generated types leave out. */
const typed = <T extends object>(typename: string, value: T): T => ({ __typename: typename, ...value }) as T;

export const aCandidate = (rank: number, over: Partial<Candidate> = {}): Candidate => typed('AdmissionCandidate', {
  applicationId: String(rank), applicationNumber: `SX2026-0000${rank}`, name: `学生${rank}`, schoolName: '太原五中', rank,
  assessmentScore: 90 - rank, interviewScore: 90 - rank, combined: 90 - rank, proposal: rank === 1 ? 'admitted' : 'waitlisted',
  decision: rank === 1 ? 'admitted' : 'waitlisted', decidedByOffice: false, version: 3, ...over,
} as Candidate);

/** Physics: three interviewees, one planned and proposed; the cycle's minimum of 40 is not met (R-SEL-6). */
export function aBoard(over: Partial<AdminAdmissionBoardFragment> = {}, candidates: Candidate[] = [aCandidate(1), aCandidate(2), aCandidate(3)]): AdminAdmissionBoardFragment {
  const admitted = candidates.filter((c) => c.decision === 'admitted').length;
  return typed('AdmissionBoard', {
    year: 2026, assessmentWeight: 0.4, interviewWeight: 0.6, interviewRatio: 3, minAdmissions: 40, interviewees: 3, admitted,
    publishedAt: null, noticeEndsAt: null,
    violations: [typed('SelectionViolation', { rule: 'R-SEL-6', disciplineCode: null, message: 'the cycle admits 1 students' })],
    disciplines: [typed('DisciplineAdmissions', { disciplineCode: 'physics', disciplineName: '物理学', plannedAdmissions: 1, interviewees: 3, admitted, candidates })],
    ...over,
  });
}

export const boardMock = (board: AdminAdmissionBoardFragment): MockLink.MockedResponse =>
  ({ request: { query: AdminAdmissionBoardDocument, variables: { year: 2026 } }, maxUsageCount: Number.POSITIVE_INFINITY, result: { data: { admissionBoard: board } } });

/** Answers AdminDecideAdmission from `answer` and records what was sent. */
export function decideMock(answer: () => { data: unknown } | { errors: unknown[] }) {
  const sent: AdminDecideAdmissionMutationVariables[] = [];
  const mock: MockLink.MockedResponse = {
    request: { query: AdminDecideAdmissionDocument, variables: () => true },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: (variables: AdminDecideAdmissionMutationVariables) => {
      sent.push(variables);
      return answer() as never;
    },
  };
  return { mock, sent };
}

export const publishMock = (answer: { data: unknown } | { errors: unknown[] }): MockLink.MockedResponse =>
  ({ request: { query: AdminPublishAdmissionsDocument, variables: { year: 2026 } }, result: answer as never });

export const violation = (rule: string, disciplineCode: string | null = null) =>
  ({ errors: [{ message: `${rule}: …`, extensions: { code: 'RULE_VIOLATION', rules: [rule], violations: [{ rule, disciplineCode, message: '…' }] } }] });
export const conflict = () => ({ errors: [{ message: 'changed', extensions: { code: 'CONFLICT' } }] });
