import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AdminAuditLogDocument, type AdminAuditLogQueryVariables } from '@yingcai/schema';
import { describe, expect, it } from 'vitest';
import { cycleListMock } from '../../../test/fixtures/cycle';
import { renderInConsole } from '../../../test/render-in-console';
import { auditFilter, AuditPage } from './audit-page';

const reveal = {
  __typename: 'AuditEntry',
  id: 42,
  at: '2026-11-25T02:00:00.000Z',
  actorName: '王管理',
  actorRole: 'admin',
  action: 'account.reveal_contact',
  subjectType: 'account',
  subjectId: 'acc-zhang',
  subjectName: '张三',
  ip: '10.0.0.8',
  requestId: 'req-1',
  reason: '核实邀请邮箱',
};

describe('审计日志 (audit log)', { timeout: 20_000 }, () => {
  it('shows who did what to whom, when, from where and why; filters by action on the server', async () => {
    const sent: AdminAuditLogQueryVariables[] = [];
    const log: MockLink.MockedResponse = {
      request: { query: AdminAuditLogDocument, variables: () => true },
      maxUsageCount: Number.POSITIVE_INFINITY,
      result: (variables: AdminAuditLogQueryVariables) => {
        sent.push(variables);
        return { data: { auditLog: { __typename: 'AuditPage', total: 1, rows: [reveal] } } };
      },
    };
    renderInConsole(<AuditPage />, [cycleListMock([2026]), log]);

    const row = (await screen.findByText('核实邀请邮箱')).closest('tr') as HTMLElement;
    for (const text of ['2026-11-25 10:00:00', '王管理', '系统管理员', '查看联系方式', '张三', 'acc-zhang', '10.0.0.8', 'req-1']) {
      expect(within(row).getByText(text)).toBeTruthy();
    }
    expect(sent[0]).toEqual({ page: { page: 1, pageSize: 20 }, filter: {} });

    fireEvent.mouseDown(screen.getByRole('combobox', { name: '操作' }));
    const option = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('.ant-select-item-option[title="停用账号"]');
      if (!found) throw new Error('no option');
      return found;
    });
    fireEvent.click(option);
    await waitFor(() => expect(sent.at(-1)).toEqual({ page: { page: 1, pageSize: 20 }, filter: { action: 'account.disable' } }));
  });

  it('issue 11: selection steps are named in Chinese, never as the API\'s code', async () => {
    const rows = [
      { ...reveal, id: '2', action: 'application.mark_conformant', subjectType: 'application', subjectId: 'SX2026-00001', reason: null },
      { ...reveal, id: '3', action: 'student.assign_mentor', subjectType: 'student', subjectId: '7', reason: null, actorRole: 'office_staff' },
    ];
    const log: MockLink.MockedResponse = {
      request: { query: AdminAuditLogDocument, variables: () => true },
      maxUsageCount: Number.POSITIVE_INFINITY,
      result: () => ({ data: { auditLog: { __typename: 'AuditPage', total: 2, rows } } }),
    };
    renderInConsole(<AuditPage />, [cycleListMock([2026]), log]);
    expect(await screen.findByText('资料审核通过')).toBeTruthy();
    expect(screen.getByText('指定导师')).toBeTruthy();
    expect(screen.getByText('学员')).toBeTruthy();
    expect(screen.queryByText('application.mark_conformant')).toBeNull();
  });

  it('takes a range of days as whole days in Shanghai', () => {
    expect(auditFilter(undefined, ['2026-11-01', '2026-11-25'])).toEqual({
      from: '2026-10-31T16:00:00.000Z',
      to: '2026-11-25T15:59:59.999Z',
    });
  });
});
