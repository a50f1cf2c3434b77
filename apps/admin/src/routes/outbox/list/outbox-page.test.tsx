import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { AdminOutboxDocument, type AdminOutboxQueryVariables } from '@yingcai/schema';
import { describe, expect, it } from 'vitest';
import { cycleListMock } from '../../../test/fixtures/cycle';
import { renderInConsole } from '../../../test/render-in-console';
import { OutboxPage } from './outbox-page';

const invitation = {
  __typename: 'OutboxMessage',
  id: 7,
  channel: 'email',
  recipient: 'wang@school.test',
  subject: '英才计划管理后台：账号邀请',
  body: '王老师，您好：\n请在72小时内打开以下链接设置密码：\nhttp://localhost/admin/invitation?token=abc',
  driver: 'outbox',
  status: 'kept',
  attempts: 0,
  sentAt: null,
  createdAt: '2026-11-25T02:00:05.000Z',
};
const failed = { ...invitation, id: 8, recipient: 'li@school.test', driver: 'smtp', status: 'failed', attempts: 5 };

describe('发送记录 (outbox)', { timeout: 20_000 }, () => {
  it('lists messages by the server page with times in Shanghai and their delivery in Chinese, the body under its row, filtered by recipient', async () => {
    const sent: AdminOutboxQueryVariables[] = [];
    const outbox: MockLink.MockedResponse = {
      request: { query: AdminOutboxDocument, variables: () => true },
      maxUsageCount: Number.POSITIVE_INFINITY,
      result: (variables: AdminOutboxQueryVariables) => {
        sent.push(variables);
        return { data: { outbox: { __typename: 'OutboxPage', total: 2, rows: [invitation, failed] } } };
      },
    };
    renderInConsole(<OutboxPage />, [cycleListMock([2026]), outbox]);

    expect(await screen.findAllByText('2026-11-25 10:00:05')).toHaveLength(2);
    expect(screen.getAllByText('邮件')).toHaveLength(2);
    expect(screen.getByText('仅存发件箱')).toBeTruthy();
    expect(screen.getByText('发送失败').getAttribute('title')).toBe('已尝试 5 次');
    expect(screen.getByText('wang@school.test')).toBeTruthy();
    expect(sent[0]).toEqual({ page: { page: 1, pageSize: 20 }, recipient: null });

    fireEvent.click(screen.getAllByRole('button', { name: /展开行|Expand row/ })[0]!);
    expect(await screen.findByText(/请在72小时内打开以下链接设置密码/)).toBeTruthy();

    const search = screen.getByLabelText('按收件人筛选');
    fireEvent.change(search, { target: { value: 'wang' } });
    fireEvent.keyDown(search, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => expect(sent.at(-1)).toEqual({ page: { page: 1, pageSize: 20 }, recipient: 'wang' }));
  });
});
