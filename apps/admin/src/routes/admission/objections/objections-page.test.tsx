import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { AdminAnswerObjectionDocument, AdminNoticeObjectionsDocument, AdminRevealObjectorContactDocument, type AdminAnswerObjectionMutationVariables } from '@yingcai/schema';
import { describe, expect, it } from 'vitest';
import { cycleListMock } from '../../../test/fixtures/cycle';
import { anOfficeStaffMember } from '../../../test/fixtures/session';
import { renderInConsole } from '../../../test/render-in-console';
import { ObjectionsPage } from './objections-page';

const objection = (over: Record<string, unknown> = {}) => ({
  __typename: 'NoticeObjection', id: '7', applicationNumber: 'SX2026-00002', studentName: '学生002', schoolName: '太原五中', objectorName: '王先生',
  objectorContact: 'w**g@example.com', reason: '获奖材料存疑', raisedAt: '2025-12-29T02:00:00.000Z', answer: null, answeredAt: null, version: 1, ...over,
});
const listMock = (rows: unknown[]): MockLink.MockedResponse => ({ request: { query: AdminNoticeObjectionsDocument, variables: { year: 2026 } }, maxUsageCount: Number.POSITIVE_INFINITY, result: { data: { noticeObjections: rows } } });
const render = (mocks: MockLink.MockedResponse[]) => renderInConsole(<ObjectionsPage />, [cycleListMock([2026]), ...mocks], '/', anOfficeStaffMember());

describe('公示异议 (objections to the public notice)', { timeout: 30_000 }, () => {
  it('lists each objection with the student and the objector; an answer is sent with the version read', async () => {
    const sent: AdminAnswerObjectionMutationVariables[] = [];
    const answer: MockLink.MockedResponse = {
      request: { query: AdminAnswerObjectionDocument, variables: () => true },
      result: (variables: AdminAnswerObjectionMutationVariables) => {
        sent.push(variables);
        return { data: { answerObjection: { __typename: 'NoticeObjection', id: '7', answer: variables.answer, answeredAt: '2025-12-29T03:00:00.000Z', version: 2 } } };
      },
    };
    render([listMock([objection()]), answer]);
    expect(await screen.findByText('学生002（太原五中，SX2026-00002）')).toBeTruthy();
    expect(screen.getByText('获奖材料存疑')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '答 复' }));
    fireEvent.change(await screen.findByLabelText('答复'), { target: { value: '经核实，材料真实有效。' } });
    fireEvent.click(screen.getByRole('button', { name: /确\s?定|OK/ }));
    expect(await screen.findByText('答复已保存并发送给异议人。')).toBeTruthy();
    await waitFor(() => expect(sent).toEqual([{ id: '7', answer: '经核实，材料真实有效。', version: 1 }]));
  });

  it('shows an answered objection with its answer and no button', async () => {
    render([listMock([objection({ answer: '已核实', answeredAt: '2025-12-29T03:00:00.000Z', version: 2 })])]);
    expect(await screen.findByText('已核实')).toBeTruthy();
    expect(screen.getByText('已答复')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '答 复' })).toBeNull();
  });

  it('Issue 23: shows the contact masked, and whole only after a reason is given', async () => {
    const sent: unknown[] = [];
    const reveal: MockLink.MockedResponse = {
      request: { query: AdminRevealObjectorContactDocument, variables: () => true },
      result: (variables: unknown) => {
        sent.push(variables);
        return { data: { revealObjectorContact: 'wang@example.com' } };
      },
    };
    render([listMock([objection()]), reveal]);
    expect(await screen.findByText(/w\*\*g@example\.com/)).toBeTruthy();
    expect(screen.queryByText('wang@example.com')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '查看完整' }));
    const ok = await screen.findByRole('button', { name: /^查\s?看$/ });
    expect((ok as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('查看原因'), { target: { value: '电话核实异议内容' } });
    fireEvent.click(ok);
    expect(await screen.findByText('wang@example.com')).toBeTruthy();
    expect(sent).toEqual([{ id: '7', reason: '电话核实异议内容' }]);
  });
});
