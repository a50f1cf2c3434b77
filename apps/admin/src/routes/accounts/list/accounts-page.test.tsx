import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AdminInviteStaffDocument, AdminRevealAccountContactDocument } from '@yingcai/schema';
import { describe, expect, it, vi } from 'vitest';
import { cycleListMock } from '../../../test/fixtures/cycle';
import { accountsMock, anAccountRow, bindingTargetsMock } from '../../../test/fixtures/accounts';
import { grant } from '../../../test/fixtures/session';
import { renderInConsole } from '../../../test/render-in-console';
import { AccountsPage } from './accounts-page';
import type { AccountRow } from './accounts-query';
import { choose } from '../../../test/choose-option';

const zhang = anAccountRow();
const li = anAccountRow({
  id: 'acc-li',
  displayName: '李四',
  email: 'l**i@yingcai.test',
  phone: null,
  status: 'DISABLED',
  roles: [grant('OFFICE_STAFF')],
  lastLoginAt: null,
});

/** Pick an option of an antd Select by its label. */
const cycles = cycleListMock([2026]);

const rowOf = async (name: string) => (await screen.findByRole('cell', { name })).closest('tr') as HTMLElement;

// antd's tables and selects are slow to render in happy-dom.
describe('账号管理 (accounts)', { timeout: 20_000 }, () => {
  it('asks the server for one page at a time, and shows contacts as the server masked them', async () => {
    const { mock, sentVariables } = accountsMock(({ page }) => ({ rows: page?.page === 2 ? [li] : [zhang], total: 45 }));
    renderInConsole(<AccountsPage />, [cycles, mock]);

    const row = await rowOf('张三');
    expect(within(row).getByText('z******n@example.com')).toBeTruthy();
    expect(within(row).getByText('138****5678')).toBeTruthy();
    expect(within(row).getByText('正常')).toBeTruthy();
    expect(within(row).getByText('中学联络人 · 太原市第五中学')).toBeTruthy();
    expect(within(row).getByText('2026-09-01 10:00')).toBeTruthy();
    expect(screen.getByText('共 45 个账号')).toBeTruthy();
    expect(sentVariables[0]).toEqual({ page: { page: 1, pageSize: 20 }, filter: {} });

    fireEvent.click(screen.getByTitle('2'));
    expect(await screen.findByRole('cell', { name: '李四' })).toBeTruthy();
    expect(sentVariables.at(-1)).toEqual({ page: { page: 2, pageSize: 20 }, filter: {} });
  });

  it('sends the search, status and role filters, starting again at the first page', async () => {
    const { mock, sentVariables } = accountsMock(() => ({ rows: [zhang], total: 45 }));
    renderInConsole(<AccountsPage />, [cycles, mock]);
    await rowOf('张三');
    fireEvent.click(screen.getByTitle('3'));
    await waitFor(() => expect(sentVariables.at(-1)?.page).toEqual({ page: 3, pageSize: 20 }));

    expect(screen.getByLabelText('搜索姓名，或完整的邮箱、手机号').getAttribute('title')).toContain('不能按其中几位查找');
    fireEvent.change(screen.getByLabelText('搜索姓名，或完整的邮箱、手机号'), { target: { value: ' 张 ' } });
    fireEvent.keyDown(screen.getByLabelText('搜索姓名，或完整的邮箱、手机号'), { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => expect(sentVariables.at(-1)).toEqual({ page: { page: 1, pageSize: 20 }, filter: { search: '张' } }));

    await choose(screen.getByRole('combobox', { name: '状态' }), '已停用');
    await waitFor(() =>
      expect(sentVariables.at(-1)).toEqual({ page: { page: 1, pageSize: 20 }, filter: { search: '张', status: 'DISABLED' } }),
    );
    await choose(screen.getByRole('combobox', { name: '角色' }), '省级管理办公室');
    await waitFor(() =>
      expect(sentVariables.at(-1)).toEqual({
        page: { page: 1, pageSize: 20 },
        filter: { search: '张', status: 'DISABLED', role: 'OFFICE_STAFF' },
      }),
    );
  });

  it('asks for a reason before revealing a contact, then shows it once', async () => {
    const reveal = vi.fn(() => ({
      data: { revealAccountContact: { __typename: 'RevealedContact', email: 'zhang.san@example.com', phone: '13812345678' } },
    }));
    const { mock } = accountsMock(() => ({ rows: [zhang], total: 1 }));
    renderInConsole(<AccountsPage />, [
      cycles,
      mock,
      { request: { query: AdminRevealAccountContactDocument, variables: { accountId: 'acc-zhang', reason: '核实邀请邮箱' } }, result: reveal },
    ]);

    fireEvent.click(within(await rowOf('张三')).getByRole('button', { name: '查看联系方式' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: /查\s*看/ }));
    expect(await within(dialog).findByText('请填写查看原因')).toBeTruthy();
    expect(reveal).not.toHaveBeenCalled();

    fireEvent.change(within(dialog).getByLabelText('查看原因'), { target: { value: '  核实邀请邮箱 ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /查\s*看/ }));
    expect(await screen.findByText('zhang.san@example.com')).toBeTruthy();
    expect(screen.getByText('13812345678')).toBeTruthy();
    expect(reveal).toHaveBeenCalledTimes(1);
  });

  it('will not invite a school coordinator without the school', async () => {
    const invite = vi.fn(() => ({
      data: { inviteStaff: { __typename: 'InvitationSent', email: 'wang@school.test', expiresAt: '2026-11-28T02:00:00.000Z' } },
    }));
    const { mock, sentVariables } = accountsMock(() => ({ rows: [zhang], total: 1 }));
    renderInConsole(<AccountsPage />, [
      cycles,
      mock,
      bindingTargetsMock('SCHOOL', [
        { id: 'school-5', name: '太原市第五中学' },
        { id: 'school-12', name: '太原市第十二中学' },
      ]),
      {
        request: {
          query: AdminInviteStaffDocument,
          variables: { input: { email: 'wang@school.test', displayName: '王老师', roles: [{ role: 'SCHOOL_COORDINATOR', scopeId: 'school-12' }] } },
        },
        result: invite,
      },
    ]);

    fireEvent.click(await screen.findByRole('button', { name: /邀请工作人员/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('电子邮箱'), { target: { value: 'wang@school.test' } });
    fireEvent.change(within(dialog).getByLabelText('姓名'), { target: { value: '王老师' } });
    await choose(within(dialog).getByRole('combobox', { name: '角色' }), '中学联络人');
    const school = await within(dialog).findByRole('combobox', { name: '所属中学' });

    fireEvent.click(within(dialog).getByRole('button', { name: /发送邀请/ }));
    expect(await within(dialog).findByText('请选择所属中学')).toBeTruthy();
    expect(invite).not.toHaveBeenCalled();

    await choose(school, '太原市第十二中学');
    fireEvent.click(within(dialog).getByRole('button', { name: /发送邀请/ }));
    await waitFor(() => expect(invite).toHaveBeenCalledTimes(1));
    // The page of rows is read again after the change.
    await waitFor(() => expect(sentVariables.length).toBeGreaterThanOrEqual(2));
  });

  it('Issue 11: binds office staff to the province they run, chosen from the provinces that run a cycle', async () => {
    const invite = vi.fn(() => ({
      data: { inviteStaff: { __typename: 'InvitationSent', email: 'zhou@hebei.test', expiresAt: '2026-11-28T02:00:00.000Z' } },
    }));
    const { mock } = accountsMock(() => ({ rows: [zhang], total: 1 }));
    renderInConsole(<AccountsPage />, [
      cycles,
      mock,
      bindingTargetsMock('PROVINCE', [
        { id: '山西省', name: '山西省' },
        { id: '河北省', name: '河北省' },
      ]),
      {
        request: {
          query: AdminInviteStaffDocument,
          variables: { input: { email: 'zhou@hebei.test', displayName: '周老师', roles: [{ role: 'OFFICE_STAFF', scopeId: '河北省' }] } },
        },
        result: invite,
      },
    ]);

    fireEvent.click(await screen.findByRole('button', { name: /邀请工作人员/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('电子邮箱'), { target: { value: 'zhou@hebei.test' } });
    fireEvent.change(within(dialog).getByLabelText('姓名'), { target: { value: '周老师' } });
    await choose(within(dialog).getByRole('combobox', { name: '角色' }), '省级管理办公室');
    const province = await within(dialog).findByRole('combobox', { name: '所管省份' });

    fireEvent.click(within(dialog).getByRole('button', { name: /发送邀请/ }));
    expect(await within(dialog).findByText('请选择所管省份')).toBeTruthy();
    expect(invite).not.toHaveBeenCalled();

    await choose(province, '河北省');
    fireEvent.click(within(dialog).getByRole('button', { name: /发送邀请/ }));
    await waitFor(() => expect(invite).toHaveBeenCalledTimes(1));
  });

  it('offers no way to disable your own account', async () => {
    const me: AccountRow = anAccountRow({ id: 'acc-admin', displayName: '王管理', roles: [grant('ADMIN')] });
    const { mock } = accountsMock(() => ({ rows: [me, li], total: 2 }));
    renderInConsole(<AccountsPage />, [cycles, mock]);
    const own = await rowOf('王管理（本人）');
    expect(within(own).queryByRole('button', { name: /停\s*用/ })).toBeNull();
    expect(within(await rowOf('李四')).getByRole('button', { name: /启\s*用/ })).toBeTruthy();
  });
});
