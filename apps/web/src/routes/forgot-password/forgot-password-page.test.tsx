import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { signedOut } from '../../test/account-fixtures';
import { failure } from '../../test/graphql-mock';
import { renderRoute } from '../../test/render-route';

describe('ForgotPasswordPage', () => {
  it('sends a code, sets the new password and sends the user to /login with a note', async () => {
    const { api } = renderRoute('/forgot-password', {
      WebSession: signedOut,
      WebRequestPasswordReset: { data: { requestPasswordReset: true } },
      WebResetPassword: [failure({ code: 'BAD_USER_INPUT', reason: 'CODE_INVALID' }), { data: { resetPassword: true } }],
    });
    fireEvent.change(await screen.findByLabelText('电子邮箱或手机号'), { target: { value: 'liming@example.com' } });
    fireEvent.click(screen.getByRole('button', { name: '发送验证码' }));
    expect((await screen.findByRole('status')).textContent).toBe('如果该邮箱或手机号已注册，验证码已发送至 liming@example.com，10分钟内有效。');

    fireEvent.change(screen.getByLabelText('验证码'), { target: { value: '111111' } });
    fireEvent.change(screen.getByLabelText('新密码'), { target: { value: 'a brand new phrase' } });
    fireEvent.click(screen.getByRole('button', { name: '设置新密码' }));
    expect((await screen.findByRole('alert')).textContent).toBe('验证码错误或已失效，请检查后重试，或重新获取验证码。');
    expect((screen.getByLabelText('新密码') as HTMLInputElement).value).toBe('a brand new phrase');

    fireEvent.click(screen.getByRole('button', { name: '设置新密码' }));
    expect(await screen.findByRole('heading', { level: 1, name: '登录' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('密码已重新设置，请用新密码登录。');
    expect((screen.getByLabelText('电子邮箱或手机号') as HTMLInputElement).value).toBe('liming@example.com');
    expect(api.sentOf('WebResetPassword')[1]?.variables).toEqual({ contact: 'liming@example.com', code: '111111', password: 'a brand new phrase' });
  });
});
