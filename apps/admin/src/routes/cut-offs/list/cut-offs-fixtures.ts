// Test data of 分数线, as the API sends it. Used by the *.test.tsx beside it only.
import type { MockLink } from '@apollo/client/testing';
import {
  AdminCutOffBoardDocument, AdminPublishInvitationsDocument, AdminSetCutOffDocument,
  type AdminCutOffBoardFragment, type AdminPublishInvitationsMutationVariables, type AdminSetCutOffMutationVariables,
} from '@yingcai/schema';

type Row = AdminCutOffBoardFragment['disciplines'][number];

/** An object as the API sends it: with its __typename, which the generated types leave out. */
const typed = <T extends object>(typename: string, value: T): T => ({ __typename: typename, ...value }) as T;

export function aDiscipline(over: Partial<Row> = {}): Row {
  return typed('DisciplineCutOff', {
    disciplineCode: 'physics', disciplineName: '物理学', scores: [90, 85, 80, 75, 70, 65, 65, 60],
    plannedAdmissions: null, cutOff: null, invited: 0, ratioAchieved: null, publishedAt: null, version: null, proposal: null, ...over,
  });
}

/** Physics with a tie at the proposal, chemistry with too few assessed; nothing saved unless told. */
export function aBoard(physics: Partial<Row> = {}): AdminCutOffBoardFragment {
  return typed('CutOffBoard', {
    year: 2026, interviewRatio: 3, plannedAdmissions: 0, invited: 0, ratioAchieved: null, violations: [],
    disciplines: [aDiscipline(physics), aDiscipline({ disciplineCode: 'chemistry', disciplineName: '化学', scores: [88, 77] })],
  });
}

export function boardMock(board: AdminCutOffBoardFragment, times = Number.POSITIVE_INFINITY): MockLink.MockedResponse {
  return { request: { query: AdminCutOffBoardDocument, variables: { year: 2026 } }, maxUsageCount: times, result: { data: { cutOffBoard: board } } };
}

/** Answers AdminSetCutOff from `answer` and records what was sent. */
export function setCutOffMock(answer: () => { data: unknown } | { errors: unknown[] }) {
  const sent: AdminSetCutOffMutationVariables[] = [];
  const mock: MockLink.MockedResponse = {
    request: { query: AdminSetCutOffDocument, variables: () => true },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: (variables: AdminSetCutOffMutationVariables) => {
      sent.push(variables);
      return answer() as never;
    },
  };
  return { mock, sent };
}

export function publishMock(board: AdminCutOffBoardFragment) {
  const sent: AdminPublishInvitationsMutationVariables[] = [];
  const mock: MockLink.MockedResponse = {
    request: { query: AdminPublishInvitationsDocument, variables: () => true },
    result: (variables: AdminPublishInvitationsMutationVariables) => {
      sent.push(variables);
      return { data: { publishInvitations: board } };
    },
  };
  return { mock, sent };
}

/** A proposal as the API sends it. */
export const aProposal = (value: NonNullable<Row['proposal']>) => typed('CutOffProposal', value);

export const violation = (rule: string, figures: Record<string, number> = {}) => ({
  errors: [{ message: `${rule}: …`, extensions: { code: 'RULE_VIOLATION', rules: [rule], violations: [{ rule, message: '…' }], ...figures } }],
});
export const conflict = () => ({ errors: [{ message: 'changed', extensions: { code: 'CONFLICT', disciplineCode: 'physics' } }] });
