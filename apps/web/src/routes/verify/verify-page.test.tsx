import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { accountPageAnswers, signedOut } from '../../test/account-fixtures';
import { failure } from '../../test/graphql-mock';
import { renderRoute } from '../../test/render-route';

describe('VerifyPage', () => {
  it('says a wrong code plainly and keeps it for correcting', async () => {
    const { api } = renderRoute('/verify?contact=liming%40example.com', {
      WebSession: signedOut,
      WebVerifyContact: failure({ code: 'BAD_USER_INPUT', reason: 'CODE_INVALID' }),
    });
    fireEvent.change(await screen.findByLabelText('验证码'), { target: { value: '123456' } });
    fireEvent.click(screen.getByRole('button', { name: '验证并登录' }));
    expect((await screen.findByRole('alert')).textContent).toBe('验证码错误或已失效，请检查后重试，或重新获取验证码。');
    expect((screen.getByLabelText('验证码') as HTMLInputElement).value).toBe('123456');
    expect(screen.getByLabelText('验证码').getAttribute('aria-invalid')).toBe('true');
    expect(api.sentOf('WebVerifyContact')[0]?.variables).toEqual({ contact: 'liming@example.com', code: '123456' });
  });

  it('asks for six digits before asking the API', async () => {
    const { api } = renderRoute('/verify?contact=liming%40example.com', { WebSession: signedOut });
    fireEvent.change(await screen.findByLabelText('验证码'), { target: { value: '12a' } });
    fireEvent.click(screen.getByRole('button', { name: '验证并登录' }));
    expect((await screen.findByRole('alert')).textContent).toContain('请输入6位数字验证码。');
    expect(api.sentOf('WebVerifyContact')).toHaveLength(0);
  });

  it('sends a new code and says where it went', async () => {
    const { api } = renderRoute('/verify?contact=13812345678', {
      WebSession: signedOut,
      WebResendVerificationCode: { data: { resendVerificationCode: { sentTo: '138****5678' } } },
    });
    fireEvent.click(await screen.findByRole('button', { name: '重新发送验证码' }));
    expect((await screen.findByRole('status')).textContent).toBe('如果该联系方式的账号正在等待验证，新的验证码已发送至 138****5678，之前的验证码已失效。');
    expect(api.sentOf('WebResendVerificationCode')[0]?.variables).toEqual({ contact: '13812345678' });
  });

  it('signs in with the right code and opens the account page', async () => {
    const answers = accountPageAnswers();
    renderRoute('/verify?contact=liming%40example.com', {
      ...answers,
      WebSession: signedOut,
      WebVerifyContact: { data: { verifyContact: answers.WebAccount.data.me } },
    });
    fireEvent.change(await screen.findByLabelText('验证码'), { target: { value: '654321' } });
    fireEvent.click(screen.getByRole('button', { name: '验证并登录' }));
    expect(await screen.findByRole('heading', { level: 1, name: '我的账户' })).toBeTruthy();
  });
});
