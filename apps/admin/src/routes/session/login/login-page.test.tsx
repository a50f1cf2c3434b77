import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { AdminLoginDocument, AdminLogoutDocument } from '@yingcai/schema';
import { useLocation } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { SessionAccount } from '../../../shell/access';
import { anAccount, anApplicant, apiFailure, asSent } from '../../../test/fixtures/session';
import { renderRoutes } from '../../../test/render-in-console';
import { LoginPage } from './login-page';

const input = { login: 'admin@yingcai.test', password: 'correct horse battery' };

const loginAnswers = (result: MockLink.MockedResponse['result']): MockLink.MockedResponse => ({
  request: { query: AdminLoginDocument, variables: { input } },
  result,
});
const signedIn = (account: SessionAccount) => loginAnswers({ data: { login: asSent(account) } });

function Somewhere() {
  const location = useLocation();
  return <p>now at {`${location.pathname}${location.search}`}</p>;
}

function renderLogin(mocks: MockLink.MockedResponse[], path = '/login') {
  return renderRoutes([{ path: '/login', element: <LoginPage /> }, { path: '*', element: <Somewhere /> }], mocks, path);
}

async function submit(email = input.login, password = input.password) {
  fireEvent.change(await screen.findByLabelText('电子邮箱'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('密码'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: /登\s*录/ }));
}

describe('登录 (console login)', () => {
  it('says in Chinese how many minutes to wait when rate limited', async () => {
    renderLogin([loginAnswers(apiFailure({ code: 'FORBIDDEN', reason: 'RATE_LIMITED', retryAfterSeconds: 840 }))]);
    await submit();
    expect((await screen.findByRole('alert')).textContent).toContain('尝试次数过多，请在 14 分钟后再试。');
  });

  it('says the login or password is wrong, without saying which', async () => {
    renderLogin([loginAnswers(apiFailure({ code: 'UNAUTHENTICATED', reason: 'WRONG_CREDENTIALS' }))]);
    await submit();
    expect((await screen.findByRole('alert')).textContent).toContain('账号或密码错误。');
  });

  it('says a disabled account is disabled', async () => {
    renderLogin([loginAnswers(apiFailure({ code: 'FORBIDDEN', reason: 'ACCOUNT_DISABLED' }))]);
    await submit();
    expect((await screen.findByRole('alert')).textContent).toContain('该账号已被停用');
  });

  it('asks for both fields before calling the API', async () => {
    renderLogin([]);
    fireEvent.click(await screen.findByRole('button', { name: /登\s*录/ }));
    expect(await screen.findByText('请输入电子邮箱')).toBeTruthy();
    expect(screen.getByText('请输入密码')).toBeTruthy();
  });

  it('goes back to where the visitor was going', async () => {
    const { router } = renderLogin([signedIn(anAccount())], '/login?next=%2Faccounts%3Fpage%3D2');
    await submit();
    await waitFor(() => expect(router.state.location.pathname).toBe('/accounts'));
    expect(router.state.location.search).toBe('?page=2');
  });

  it('never follows a next address off the console', async () => {
    const { router } = renderLogin([signedIn(anAccount())], '/login?next=%2F%2Fevil.example');
    await submit();
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });

  it('turns an applicant away with 此账号无权使用管理后台 and ends that session', async () => {
    const logout = vi.fn(() => ({ data: { logout: true } }));
    const { router } = renderLogin([signedIn(anApplicant()), { request: { query: AdminLogoutDocument }, result: logout }]);
    await submit();
    expect((await screen.findByRole('alert')).textContent).toContain('此账号无权使用管理后台');
    expect(logout).toHaveBeenCalledTimes(1);
    expect(router.state.location.pathname).toBe('/login');
  });
});
