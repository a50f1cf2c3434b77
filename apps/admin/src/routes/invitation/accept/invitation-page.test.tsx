import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { AdminAcceptInvitationDocument, AdminInvitationDocument } from '@yingcai/schema';
import { describe, expect, it, vi } from 'vitest';
import { anAccount, apiFailure, asSent, grant } from '../../../test/fixtures/session';
import { renderRoutes } from '../../../test/render-in-console';
import { InvitationPage } from './invitation-page';

const TOKEN = 'tok-123';

const invitationMock = (result: MockLink.MockedResponse['result']): MockLink.MockedResponse => ({
  request: { query: AdminInvitationDocument, variables: { token: TOKEN } },
  result,
});

const anInvitation = {
  __typename: 'InvitationInfo',
  email: 'wang@school.test',
  displayName: '王老师',
  roles: [{ __typename: 'RoleGrant', ...grant('SCHOOL_COORDINATOR', 'school-12', '太原市第十二中学') }],
  expiresAt: '2026-11-28T02:00:00.000Z',
};

// Issue 23: the link carries its token in the fragment, which no server logs.
function renderInvitation(mocks: MockLink.MockedResponse[], path = `/invitation#token=${TOKEN}`) {
  return renderRoutes([{ path: '/invitation', element: <InvitationPage /> }, { path: '*', element: <p>console home</p> }], mocks, path);
}

describe('接受邀请 (accept an invitation)', { timeout: 20_000 }, () => {
  it('shows what the invitation offers, then sets the password and signs in', async () => {
    const newcomer = anAccount({ id: 'acc-wang', displayName: '王老师', email: 'wang@school.test', roles: [grant('SCHOOL_COORDINATOR', 'school-12', '太原市第十二中学')] });
    const accept = vi.fn(() => ({ data: { acceptInvitation: asSent(newcomer) } }));
    const { router } = renderInvitation([
      invitationMock({ data: { invitation: anInvitation } }),
      { request: { query: AdminAcceptInvitationDocument, variables: { input: { token: TOKEN, password: '汾河边的英才计划2026' } } }, result: accept },
    ]);

    expect(await screen.findByText('wang@school.test')).toBeTruthy();
    expect(screen.getByText('王老师')).toBeTruthy();
    expect(screen.getByText('中学联络人 · 太原市第十二中学')).toBeTruthy();
    expect(screen.getByText('2026-11-28 10:00')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('设置密码'), { target: { value: '汾河边的英才计划2026' } });
    fireEvent.change(screen.getByLabelText('再次输入密码'), { target: { value: '汾河边的英才计划2025' } });
    fireEvent.click(screen.getByRole('button', { name: /设置密码并登录/ }));
    expect(await screen.findByText('两次输入的密码不一致')).toBeTruthy();
    expect(accept).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText('再次输入密码'), { target: { value: '汾河边的英才计划2026' } });
    fireEvent.click(screen.getByRole('button', { name: /设置密码并登录/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(accept).toHaveBeenCalledTimes(1);
  });

  it('checks the password with the same rule as the server before sending it', async () => {
    renderInvitation([invitationMock({ data: { invitation: anInvitation } })]);
    fireEvent.change(await screen.findByLabelText('设置密码'), { target: { value: 'short' } });
    fireEvent.click(screen.getByRole('button', { name: /设置密码并登录/ }));
    expect(await screen.findByText(/密码至少需要8个字符/)).toBeTruthy();
  });

  it('says clearly when the invitation has expired', async () => {
    renderInvitation([invitationMock(apiFailure({ code: 'BAD_USER_INPUT', reason: 'INVITATION_EXPIRED' }))]);
    expect(await screen.findByText('邀请链接已过期，请联系管理员重新邀请。')).toBeTruthy();
    expect(screen.queryByLabelText('设置密码')).toBeNull();
  });

  it('sends someone whose invitation was used to the login', async () => {
    renderInvitation([invitationMock(apiFailure({ code: 'BAD_USER_INPUT', reason: 'INVITATION_USED' }))]);
    expect(await screen.findByText('邀请链接已使用，请直接登录。')).toBeTruthy();
    expect(screen.getByRole('link', { name: '前往登录' }).getAttribute('href')).toBe('/login');
  });

  it('still opens a link sent before, with the token in its query', async () => {
    renderInvitation([invitationMock({ data: { invitation: anInvitation } })], `/invitation?token=${TOKEN}`);
    expect(await screen.findByText('wang@school.test')).toBeTruthy();
  });

  it('says a link without its token is incomplete', async () => {
    renderInvitation([], '/invitation');
    expect(await screen.findByText(/邀请链接不完整/)).toBeTruthy();
  });
});
