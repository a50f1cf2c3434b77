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
  recipient: 'w**g@school.test',
  subject: '英才计划管理后台：账号邀请',
  body: '王老师，您好：\n请在72小时内打开以下链接设置密码：\nhttp://localhost/admin/invitation#token=******',
  driver: 'outbox',
  status: 'kept',
  attempts: 0,
  lastError: null,
  sentAt: null,
  createdAt: '2026-11-25T02:00:05.000Z',
};
const failed = { ...invitation, id: 8, channel: 'sms', recipient: '138****0001', subject: '英才计划：验证码', driver: 'tencent', status: 'failed', attempts: 5, lastError: 'SMS_TEMPLATE_UNMAPPED' };
const refused = { ...failed, id: 9, driver: 'aliyun', lastError: 'isv.BUSINESS_LIMIT_CONTROL' };
const received = { ...failed, id: 10, status: 'received', attempts: 1, lastError: null };

describe('发送记录 (outbox)', { timeout: 20_000 }, () => {
  it('lists messages by the server page with times in Shanghai and their delivery in Chinese, the body under its row, filtered by recipient', async () => {
    const sent: AdminOutboxQueryVariables[] = [];
    const outbox: MockLink.MockedResponse = {
      request: { query: AdminOutboxDocument, variables: () => true },
      maxUsageCount: Number.POSITIVE_INFINITY,
      result: (variables: AdminOutboxQueryVariables) => {
        sent.push(variables);
        return { data: { outbox: { __typename: 'OutboxPage', total: 3, rows: [invitation, failed, refused] } } };
      },
    };
    renderInConsole(<OutboxPage />, [cycleListMock([2026]), outbox]);

    expect(await screen.findAllByText('2026-11-25 10:00:05')).toHaveLength(3);
    expect(screen.getAllByText('邮件')).toHaveLength(1);
    expect(screen.getAllByText('短信')).toHaveLength(2);
    expect(screen.getByText('仅存发件箱')).toBeTruthy();
    expect(screen.getAllByText('发送失败')[0]!.getAttribute('title')).toBe('已尝试 5 次');
    expect(screen.getByText('w**g@school.test')).toBeTruthy();
    expect(sent[0]).toEqual({ page: { page: 1, pageSize: 20 }, recipient: null });

    fireEvent.click(screen.getAllByRole('button', { name: /展开行|Expand row/ })[0]!);
    expect(await screen.findByText(/请在72小时内打开以下链接设置密码/)).toBeTruthy();

    const search = screen.getByLabelText('按完整手机号或邮箱筛选');
    fireEvent.change(search, { target: { value: 'wang@school.test' } });
    fireEvent.keyDown(search, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => expect(sent.at(-1)).toEqual({ page: { page: 1, pageSize: 20 }, recipient: 'wang@school.test' }));
  });

  it('issue 23: a text message that failed says why in Chinese, and which provider sent it', async () => {
    const outbox: MockLink.MockedResponse = {
      request: { query: AdminOutboxDocument, variables: () => true },
      maxUsageCount: Number.POSITIVE_INFINITY,
      result: { data: { outbox: { __typename: 'OutboxPage', total: 3, rows: [failed, refused, received] } } },
    };
    renderInConsole(<OutboxPage />, [cycleListMock([2026]), outbox]);
    const [first, second] = await screen.findAllByRole('button', { name: /展开行|Expand row/ });
    expect(screen.getByText('已送达')).toBeTruthy();
    fireEvent.click(first!);
    expect(await screen.findByText('未配置短信服务商模板：请在部署设置 SMS_TEMPLATES 中为此通知填写已审核的模板编号。')).toBeTruthy();
    expect(screen.getByText(/腾讯云短信/)).toBeTruthy();
    fireEvent.click(second!);
    expect(await screen.findByText('发送服务拒绝了此消息（代码 isv.BUSINESS_LIMIT_CONTROL）。')).toBeTruthy();
    expect(screen.getByText(/阿里云短信/)).toBeTruthy();
  });
});
