// Test data of 学校推荐 and 资料审核, as the API sends it (ID and phone numbers masked). Used by the *.test.tsx beside it only.
import type { MockLink } from '@apollo/client/testing';
import {
  AdminApproveApplicationsDocument,
  AdminRecommendApplicationDocument,
  AdminReviewApplicationDocument,
  AdminReviewQueueDocument,
  AdminSchoolApplicationsDocument,
  type AdminApproveApplicationsMutationVariables,
  type AdminRecommendApplicationMutationVariables,
  type AdminReviewApplicationMutationVariables,
  type AdminReviewQueueQueryVariables,
  type AdminSchoolApplicationsQueryVariables,
} from '@yingcai/schema';
import type { ReviewRow, StaffRow } from './application-query';

/** A submitted application of 太原市第五中学 in physics, first choice 王老师. */
export function anApplication(overrides: Partial<ReviewRow> = {}): ReviewRow {
  return {
    id: '1',
    status: 'SUBMITTED',
    applicationNumber: 'SX2026-00001',
    name: '张同学',
    gender: 'FEMALE',
    idNumber: '140105********1234',
    phone: '138****0009',
    schoolId: 'school-5',
    schoolName: '太原市第五中学',
    grade: 11,
    className: '高二（1）班',
    disciplineCode: 'physics',
    mentors: [{ mentorId: 'mentor-1', rank: 1, name: '王老师' }],
    subjectRank: 10,
    overallRank: 20,
    gradeSize: 400,
    statement: '我喜欢物理。',
    // 10:00 in Asia/Shanghai
    submittedAt: '2025-11-10T02:00:00.000Z',
    schoolNote: null,
    reviewReason: null,
    version: 2,
    flags: [],
    ...overrides,
  };
}

/** A row with the type names Apollo's cache needs; a school's list has no flags. */
export function sentRow(row: ReviewRow, typename: 'StaffApplication' | 'ReviewApplication' = 'StaffApplication') {
  const { flags, ...staff } = row;
  return {
    __typename: typename,
    ...staff,
    mentors: row.mentors.map((m) => ({ __typename: 'ChosenMentor', ...m })),
    ...(typename === 'ReviewApplication' ? { flags: flags.map((f) => ({ __typename: 'ConformityFlag', ...f })) } : {}),
  };
}

type Answer = { data: unknown } | { errors: unknown[] };

/** Answers every request of a document from `answer(variables)` and records the variables sent. */
function recording<V extends Record<string, unknown>>(query: unknown, answer: (variables: V) => unknown) {
  const sentVariables: V[] = [];
  const mock: MockLink.MockedResponse = {
    request: { query: query as never, variables: () => true },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: (variables: V) => {
      sentVariables.push(variables);
      return answer(variables) as never;
    },
  };
  return { mock, sentVariables };
}

export const schoolApplicationsMock = (answer: (variables: AdminSchoolApplicationsQueryVariables) => { rows: StaffRow[]; total: number }) =>
  recording<AdminSchoolApplicationsQueryVariables>(AdminSchoolApplicationsDocument, (variables) => {
    const { rows, total } = answer(variables);
    return { data: { schoolApplications: { __typename: 'StaffApplicationPage', total, rows: rows.map((r) => sentRow(r as ReviewRow)) } } };
  });

export const reviewQueueMock = (answer: (variables: AdminReviewQueueQueryVariables) => { rows: ReviewRow[]; total: number }) =>
  recording<AdminReviewQueueQueryVariables>(AdminReviewQueueDocument, (variables) => {
    const { rows, total } = answer(variables);
    return { data: { reviewQueue: { __typename: 'ReviewQueuePage', total, rows: rows.map((r) => sentRow(r, 'ReviewApplication')) } } };
  });

export const recommendMock = (answer: (variables: AdminRecommendApplicationMutationVariables) => Answer) =>
  recording(AdminRecommendApplicationDocument, answer);

export const reviewMock = (answer: (variables: AdminReviewApplicationMutationVariables) => Answer) =>
  recording(AdminReviewApplicationDocument, answer);

export const approveMock = (answer: (variables: AdminApproveApplicationsMutationVariables) => Answer) =>
  recording(AdminApproveApplicationsDocument, answer);

/** The answer of a decision: the row with its new status and version. */
export const decided = (field: string, row: ReviewRow, change: Partial<ReviewRow>) => ({
  data: { [field]: sentRow({ ...row, ...change, version: row.version + 1 }) },
});

/** A CONFLICT as the API sends it (staff-application-scope.ts decisionConflict). */
export const conflict = (row: StaffRow) => ({
  errors: [
    {
      message: `application ${row.applicationNumber} was decided or changed by someone else first: reload it and decide again if still needed`,
      extensions: { code: 'CONFLICT', applicationId: row.id, applicationNumber: row.applicationNumber },
    },
  ],
});
