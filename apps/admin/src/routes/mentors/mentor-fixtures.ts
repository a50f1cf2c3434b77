// Test data of 导师遴选 and 导师库, as the API sends it (e-mails masked). Used by the *.test.tsx files only.
import type { MockLink } from '@apollo/client/testing';
import type { TypedDocumentNode } from '@apollo/client';
import {
  AdminCarryOverMentorsDocument,
  AdminConfirmMentorDocument,
  AdminDecideMentorDocument,
  AdminMentorAppointmentsDocument,
  AdminMentorPoolDocument,
  AdminRecommendMentorDocument,
  AdminUpdateMentorDataDocument,
  type AdminCarryOverMentorsMutationVariables,
  type AdminConfirmMentorMutationVariables,
  type AdminDecideMentorMutationVariables,
  type AdminMentorAppointmentsQueryVariables,
  type AdminMentorPoolQueryVariables,
  type AdminRecommendMentorMutationVariables,
  type AdminUpdateMentorDataMutationVariables,
} from '@yingcai/schema';
import type { SessionAccount } from '../../shell/access';
import { anAccount, grant } from '../../test/fixtures/session';
import type { PoolRow } from '../mentor-pool/pool-query';
import type { AppointmentRow } from './mentor-query';

export const aUniversityCoordinator = (): SessionAccount =>
  anAccount({ id: 'acc-university', displayName: '周老师', email: 'university@yingcai.test', roles: [grant('UNIVERSITY_COORDINATOR', '1', '山西大学')] });

export const aMentor = (): SessionAccount =>
  anAccount({ id: 'acc-mentor', displayName: '陈教授', email: 'mentor@yingcai.test', roles: [grant('MENTOR', 'mentor-1', '陈教授')] });

type MentorRecord = AppointmentRow['mentor'];

export function aMentorRecord(overrides: Partial<MentorRecord> = {}): MentorRecord {
  return {
    id: 'mentor-1',
    name: '陈教授',
    university: { name: '山西大学' },
    disciplineCode: 'physics',
    title: '教授',
    honours: ['changjiang_scholar'],
    researchFields: ['量子光学', '冷原子'],
    profile: '从事量子光学研究。',
    email: 'c***@sxu.edu.cn',
    photoUrl: null,
    ...overrides,
  };
}

/** A candidate of the 2026 cycle the university has approved, waiting for the office. */
export function anAppointment(overrides: Partial<AppointmentRow> = {}): AppointmentRow {
  return {
    id: 1,
    year: 2026,
    mentor: aMentorRecord(),
    status: 'UNIVERSITY_APPROVED',
    capacity: 3,
    team: [{ name: '刘博士', degree: 'DOCTORATE', title: 'INTERMEDIATE' }],
    warnings: [],
    // 10:00 in Asia/Shanghai
    recommendedAt: '2025-10-08T02:00:00.000Z',
    confirmedAt: '2025-10-09T02:00:00.000Z',
    universityApprovedAt: '2025-10-10T02:00:00.000Z',
    approvedAt: null,
    rejectionReason: null,
    carriedOverFrom: null,
    letterNumber: null,
    version: 1,
    ...overrides,
  };
}

const sentRecord = (mentor: MentorRecord) => ({ __typename: 'MentorRecord', ...mentor, university: { __typename: 'University', ...mentor.university } });

/** A row with the type names Apollo's cache needs. */
export const sentAppointment = (row: AppointmentRow) => ({
  __typename: 'MentorAppointment',
  ...row,
  mentor: sentRecord(row.mentor),
  team: row.team.map((m) => ({ __typename: 'MentorTeamMember', ...m })),
  warnings: row.warnings.map((w) => ({ __typename: 'RuleWarning', ...w })),
});

export type Answer = { data: unknown } | { errors: unknown[] };

/** Answers every request of `document` from `answer(variables)` and records the variables sent. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Apollo's mocks take any variables record
function recording<V extends Record<string, any>>(document: TypedDocumentNode<unknown, V>, answer: (variables: V) => Answer) {
  const sentVariables: V[] = [];
  const mock: MockLink.MockedResponse = {
    request: { query: document, variables: () => true },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: (variables: V) => {
      sentVariables.push(variables);
      return answer(variables) as never;
    },
  };
  return { mock, sentVariables };
}

export const appointmentsMock = (answer: (variables: AdminMentorAppointmentsQueryVariables) => { rows: AppointmentRow[]; total: number }) =>
  recording(AdminMentorAppointmentsDocument, (variables) => {
    const { rows, total } = answer(variables);
    return { data: { mentorAppointments: { __typename: 'MentorAppointmentPage', total, rows: rows.map(sentAppointment) } } };
  });

export const decideMock = (answer: (variables: AdminDecideMentorMutationVariables) => Answer) => recording(AdminDecideMentorDocument, answer);
export const recommendMock = (answer: (variables: AdminRecommendMentorMutationVariables) => Answer) => recording(AdminRecommendMentorDocument, answer);
export const updateMock = (answer: (variables: AdminUpdateMentorDataMutationVariables) => Answer) => recording(AdminUpdateMentorDataDocument, answer);
export const confirmMock = (answer: (variables: AdminConfirmMentorMutationVariables) => Answer) => recording(AdminConfirmMentorDocument, answer);
export const carryOverMock = (answer: (variables: AdminCarryOverMentorsMutationVariables) => Answer) => recording(AdminCarryOverMentorsDocument, answer);

export function aPoolRow(overrides: Partial<PoolRow> = {}): PoolRow {
  return { mentor: aMentorRecord(), servedYears: [2025], inCycle: false, ...overrides };
}

export const poolMock = (answer: (variables: AdminMentorPoolQueryVariables) => { rows: PoolRow[]; total: number }) =>
  recording(AdminMentorPoolDocument, (variables) => {
    const { rows, total } = answer(variables);
    const sent = rows.map((row) => ({ __typename: 'PoolMentor', ...row, mentor: sentRecord(row.mentor) }));
    return { data: { mentorPool: { __typename: 'PoolMentorPage', total, rows: sent } } };
  });

/** A CONFLICT as the API sends it for a stale version. */
export const conflict = (): Answer => ({
  errors: [{ message: 'someone else changed this mentor candidate first: reload it', extensions: { code: 'CONFLICT' } }],
});
