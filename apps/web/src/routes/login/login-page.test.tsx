import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { accountPageAnswers, signedOut } from '../../test/account-fixtures';
import { failure } from '../../test/graphql-mock';
import { renderRoute } from '../../test/render-route';

async function logIn(login: string, password: string) {
  await screen.findByRole('heading', { level: 1, name: '登录' });
  fireEvent.change(screen.getByLabelText('电子邮箱或手机号'), { target: { value: login } });
  fireEvent.change(screen.getByLabelText('密码'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: '登录' }));
}

describe('LoginPage', () => {
  it('shows the minutes to wait when the API limits attempts', async () => {
    renderRoute('/login', { WebSession: signedOut, WebLogin: failure({ code: 'FORBIDDEN', reason: 'RATE_LIMITED', retryAfterSeconds: 540 }) });
    await logIn('13812345678', 'a long enough phrase');
    expect((await screen.findByRole('alert')).textContent).toBe('尝试次数过多，请在 9 分钟后再试。');
    expect((screen.getByLabelText('电子邮箱或手机号') as HTMLInputElement).value).toBe('13812345678');
    expect((screen.getByLabelText('密码') as HTMLInputElement).value).toBe('a long enough phrase');
  });

  it('says the login or password is wrong', async () => {
    renderRoute('/login', { WebSession: signedOut, WebLogin: failure({ code: 'UNAUTHENTICATED', reason: 'WRONG_CREDENTIALS' }) });
    await logIn('liming@example.com', 'wrong phrase here');
    expect((await screen.findByRole('alert')).textContent).toBe('账号或密码错误。');
    expect(screen.getByLabelText('密码').getAttribute('aria-invalid')).toBe('true');
  });

  it('links an unverified account to /verify with its contact', async () => {
    renderRoute('/login', { WebSession: signedOut, WebLogin: failure({ code: 'FORBIDDEN', reason: 'ACCOUNT_UNVERIFIED' }) });
    await logIn('liming@example.com', 'a long enough phrase');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('账号尚未验证，请先输入发送给您的验证码。');
    const link = within(alert).getByRole('link', { name: '去输入验证码' });
    expect(link.getAttribute('href')).toBe('/verify?contact=liming%40example.com');
  });

  it('signs in, goes to /account and the header offers 我的账户', async () => {
    const answers = accountPageAnswers();
    renderRoute('/login', { ...answers, WebSession: signedOut, WebLogin: { data: { login: answers.WebAccount.data.me } } });
    expect(await screen.findByRole('link', { name: '注册' })).toBeTruthy();
    await logIn('liming@example.com', 'a long enough phrase');
    expect(await screen.findByRole('heading', { level: 1, name: '我的账户' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: '账户' });
    expect(within(nav).getByRole('link', { name: '我的账户' })).toBeTruthy();
    expect(within(nav).queryByRole('link', { name: '登录' })).toBeNull();
  });
});
