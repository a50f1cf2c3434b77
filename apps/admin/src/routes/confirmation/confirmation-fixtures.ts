// Test data of 录取确认, as the API sends it. Used by the *.test.tsx beside it only.
import type { MockLink } from '@apollo/client/testing';
import {
  AdminAdmitFromWaitlistDocument, AdminConfirmationBoardDocument, AdminLapseUnconfirmedAdmissionsDocument,
  type AdminAdmitFromWaitlistMutationVariables, type AdminConfirmationBoardFragment,
} from '@yingcai/schema';

type Row = AdminConfirmationBoardFragment['disciplines'][number];

/** An object as the API sends it: with its __typename, which the generated types leave out. */
const typed = <T extends object>(typename: string, value: T): T => ({ __typename: typename, ...value }) as T;

const waiting = (id: string, number: string, name: string, position: number | null) =>
  typed('WaitlistedApplicant', { id, version: 4, applicationNumber: number, name, waitlistPosition: position });

/** Physics full under the ratio with two waiting; chemistry with room and one waiting. */
export function aBoard(over: Partial<AdminConfirmationBoardFragment> = {}): AdminConfirmationBoardFragment {
  const physics: Row = typed('DisciplineConfirmation', {
    disciplineCode: 'physics', disciplineName: '物理学', interviewees: 9, admitted: 1, confirmed: 2, declined: 1, maxAdmitted: 3,
    offerBlockedBy: 'R-SEL-4: in physics, 9 interviewees for 4 admitted is below 3 : 1',
    waitlist: [waiting('12', 'SX2026-00005', '学生005', 2), waiting('13', 'SX2026-00006', '学生006', 3)],
  });
  const chemistry: Row = typed('DisciplineConfirmation', {
    disciplineCode: 'chemistry', disciplineName: '化学', interviewees: 6, admitted: 0, confirmed: 1, declined: 0, maxAdmitted: 2,
    offerBlockedBy: null, waitlist: [waiting('21', 'SX2026-00021', '学生021', 1)],
  });
  const offers = [
    typed('PlaceOffer', { id: '2', disciplineCode: 'physics', vacatedBy: 'SX2026-00003', offeredTo: null, offeredToName: null, unfilled: 'WAITLIST_EMPTY', replyBy: null, createdAt: '2026-01-03T02:00:00.000Z' }),
    typed('PlaceOffer', { id: '1', disciplineCode: 'physics', vacatedBy: 'SX2026-00002', offeredTo: 'SX2026-00004', offeredToName: '学生004', unfilled: null, replyBy: '2026-01-10', createdAt: '2026-01-03T02:00:00.000Z' }),
  ];
  return typed('ConfirmationBoard', {
    deadline: '2026-01-05', deadlinePassed: false, interviewRatio: 3, interviewees: 15, held: 4, maxAdmitted: 5, lapsable: 0,
    disciplines: [physics, chemistry], offers, ...over,
  });
}

export function boardMock(board: AdminConfirmationBoardFragment): MockLink.MockedResponse {
  return { request: { query: AdminConfirmationBoardDocument, variables: { year: 2026 } }, maxUsageCount: Number.POSITIVE_INFINITY, result: { data: { confirmationBoard: board } } };
}

/** Answers AdminAdmitFromWaitlist from `answer` and records what was sent. */
export function admitMock(answer: () => { data: unknown } | { errors: unknown[] }) {
  const sent: AdminAdmitFromWaitlistMutationVariables[] = [];
  const mock: MockLink.MockedResponse = {
    request: { query: AdminAdmitFromWaitlistDocument, variables: () => true },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: (variables: AdminAdmitFromWaitlistMutationVariables) => {
      sent.push(variables);
      return answer() as never;
    },
  };
  return { mock, sent };
}

export function lapseMock(board: AdminConfirmationBoardFragment) {
  const sent: unknown[] = [];
  const mock: MockLink.MockedResponse = {
    request: { query: AdminLapseUnconfirmedAdmissionsDocument, variables: () => true },
    result: (variables: unknown) => {
      sent.push(variables);
      return { data: { lapseUnconfirmedAdmissions: board } };
    },
  };
  return { mock, sent };
}

export const violation = (rule: string, message: string) => ({ errors: [{ message, extensions: { code: 'RULE_VIOLATION', rules: [rule], violations: [{ rule, message }] } }] });
