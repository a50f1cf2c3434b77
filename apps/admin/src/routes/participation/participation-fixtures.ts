// Test data of 参与中学, as the API sends it (phones masked). Used by the *.test.tsx beside it only.
import type { MockLink } from '@apollo/client/testing';
import {
  AdminDecideParticipationDocument,
  AdminParticipationsDocument,
  AdminSubmitParticipationDocument,
  type AdminDecideParticipationMutationVariables,
  type AdminParticipationsQueryVariables,
  type AdminSubmitParticipationMutationVariables,
} from '@yingcai/schema';
import type { SessionAccount } from '../../shell/access';
import { aCycle, cycleSettingsMock } from '../../test/fixtures/cycle';
import { anAccount, grant } from '../../test/fixtures/session';
import type { ParticipationRow } from './participation-query';

export const aSchoolCoordinator = (): SessionAccount =>
  anAccount({
    id: 'acc-school',
    displayName: '赵老师',
    email: 'school@yingcai.test',
    roles: [grant('SCHOOL_COORDINATOR', 'school-5', '太原市第五中学')],
  });

/** The 2026 cycle with its school_participation window (Jul–Sep 2025, R-SCOPE-3). */
export function participationCycleMock(): MockLink.MockedResponse {
  const cycle = aCycle();
  return cycleSettingsMock({
    ...cycle,
    milestones: [{ key: 'school_participation', name: '确定参与中学', startsOn: '2025-07-01', endsOn: '2025-09-30' }, ...cycle.milestones],
  });
}

/** A submitted application of 太原市第五中学 with its whole team. */
export function aParticipation(overrides: Partial<ParticipationRow> = {}): ParticipationRow {
  return {
    id: 1,
    school: { id: 'school-5', name: '太原市第五中学', districtCode: '140106' },
    status: 'SUBMITTED',
    team: {
      leader: { name: '李明', phone: '035****4567', title: '副校长' },
      contact: { name: '王芳', phone: '138****5678', title: null },
      teachers: [{ disciplineCode: 'physics', person: { name: '赵强', phone: '139****0000', title: null } }],
    },
    // 10:30 in Asia/Shanghai
    submittedAt: '2025-08-01T02:30:00.000Z',
    decidedAt: null,
    rejectionReason: null,
    version: 1,
    ...overrides,
  };
}

const person = (p: { name: string; phone: string; title: string | null } | null) => p && { __typename: 'TeamPerson', ...p };

/** A row with the type names Apollo's cache needs. */
export const sentRow = (row: ParticipationRow) => ({
  __typename: 'Participation',
  ...row,
  school: { __typename: 'SchoolSummary', ...row.school },
  team: {
    __typename: 'GuidanceTeam',
    leader: person(row.team.leader),
    contact: person(row.team.contact),
    teachers: row.team.teachers.map((t) => ({ __typename: 'GuidanceTeacher', disciplineCode: t.disciplineCode, person: person(t.person) })),
  },
});

/** Answers every AdminParticipations request from `answer(variables)` and records the variables sent. */
export function participationsMock(answer: (variables: AdminParticipationsQueryVariables) => { rows: ParticipationRow[]; total: number }) {
  const sentVariables: AdminParticipationsQueryVariables[] = [];
  const mock: MockLink.MockedResponse = {
    request: { query: AdminParticipationsDocument, variables: () => true },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: (variables: AdminParticipationsQueryVariables) => {
      sentVariables.push(variables);
      const { rows, total } = answer(variables);
      return { data: { participations: { __typename: 'ParticipationPage', total, rows: rows.map(sentRow) } } };
    },
  };
  return { mock, sentVariables };
}

/** A RULE_VIOLATION as the API sends it (apps/api graphql/errors.ts). */
export function ruleViolation(violations: { rule: string; message: string }[]) {
  return {
    errors: [
      {
        message: violations.map((v) => `${v.rule}: ${v.message}`).join('; '),
        extensions: { code: 'RULE_VIOLATION', rules: violations.map((v) => v.rule), violations },
      },
    ],
  };
}

export const conflict = () => ({
  errors: [{ message: 'someone else decided this application first: reload it', extensions: { code: 'CONFLICT' } }],
});

type Answer = { data: unknown } | { errors: unknown[] };

/** Answers AdminSubmitParticipation and records what was sent. */
export function submitMock(answer: (variables: AdminSubmitParticipationMutationVariables) => Answer) {
  const sentVariables: AdminSubmitParticipationMutationVariables[] = [];
  const mock: MockLink.MockedResponse = {
    request: { query: AdminSubmitParticipationDocument, variables: () => true },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: (variables: AdminSubmitParticipationMutationVariables) => {
      sentVariables.push(variables);
      return answer(variables) as never;
    },
  };
  return { mock, sentVariables };
}

/** Answers AdminDecideParticipation and records what was sent, one call per decision. */
export function decideMock(answer: (variables: AdminDecideParticipationMutationVariables) => Answer) {
  const sentVariables: AdminDecideParticipationMutationVariables[] = [];
  const mock: MockLink.MockedResponse = {
    request: { query: AdminDecideParticipationDocument, variables: () => true },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: (variables: AdminDecideParticipationMutationVariables) => {
      sentVariables.push(variables);
      return answer(variables) as never;
    },
  };
  return { mock, sentVariables };
}
