import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { signedOut } from '../../test/account-fixtures';
import { failure } from '../../test/graphql-mock';
import { renderRoute } from '../../test/render-route';

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

const NOTICE = { data: { privacyNotice: { version: '2026-1', title: '山西省中学生英才计划个人信息处理规则', sections: [{ heading: '谁会看到这些信息', body: '您所在中学的联络人……' }] } } };

/** Issue 23: ticks 我已阅读并同意《个人信息处理规则》 once the notice has loaded. */
async function agree() {
  await screen.findByRole('link', { name: '《个人信息处理规则》' });
  await waitFor(() => expect(screen.getByRole('checkbox')).toBeTruthy());
  fireEvent.click(screen.getByRole('checkbox'));
}

describe('RegisterPage', () => {
  it("shows the server's password problems in Chinese and keeps what was typed", async () => {
    const { api } = renderRoute('/register', {
      WebPrivacyNotice: NOTICE,
      WebSession: signedOut,
      WebRegister: failure({ code: 'BAD_USER_INPUT', reason: 'WEAK_PASSWORD', problems: ['COMMON', 'CONTAINS_IDENTITY'] }),
    });
    await screen.findByRole('heading', { level: 1, name: '注册申请人账号' });
    fill('姓名', '李明');
    fill('电子邮箱或手机号', 'liming@example.com');
    fill('密码', 'a phrase the server refuses');
    await agree();
    fireEvent.click(screen.getByRole('button', { name: '注册' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('密码不符合要求。');
    expect(alert.textContent).toContain('这是常见密码，容易被猜到，请换一个。');
    expect(alert.textContent).toContain('密码不能包含您的邮箱、手机号或姓名。');
    expect((screen.getByLabelText('姓名') as HTMLInputElement).value).toBe('李明');
    expect((screen.getByLabelText('电子邮箱或手机号') as HTMLInputElement).value).toBe('liming@example.com');
    expect((screen.getByLabelText('密码') as HTMLInputElement).value).toBe('a phrase the server refuses');
    expect(screen.getByLabelText('密码').getAttribute('aria-invalid')).toBe('true');
    expect(api.sentOf('WebRegister')[0]?.variables).toEqual({ displayName: '李明', contact: 'liming@example.com', password: 'a phrase the server refuses', privacyNoticeVersion: '2026-1' });
  });

  it('issue 10: a name with a hidden control character is refused in Chinese, and what was typed stays', async () => {
    renderRoute('/register', {
      WebPrivacyNotice: NOTICE,
      WebSession: signedOut,
      WebRegister: failure({ code: 'BAD_USER_INPUT', reason: 'CONTROL_CHARACTER', field: 'displayName' }),
    });
    await screen.findByRole('heading', { level: 1, name: '注册申请人账号' });
    fill('姓名', '李\u0000明');
    fill('电子邮箱或手机号', 'liming@example.com');
    fill('密码', 'a long enough phrase');
    await agree();
    fireEvent.click(screen.getByRole('button', { name: '注册' }));
    expect((await screen.findByRole('alert')).textContent).toContain('输入内容含有无法保存的隐藏控制字符');
    expect((screen.getByLabelText('姓名') as HTMLInputElement).value).toBe('李\u0000明');
  });

  it('hints the password rules while typing, with the same check as the API', async () => {
    renderRoute('/register', { WebPrivacyNotice: NOTICE, WebSession: signedOut });
    const password = await screen.findByLabelText('密码');
    const hint = () => document.getElementById(password.getAttribute('aria-describedby')!.split(' ').at(-1)!)!.textContent;
    expect(hint()).toContain('至少8个字符');
    fireEvent.change(password, { target: { value: 'short' } });
    expect(hint()).toContain('密码至少需要8个字符');
    fireEvent.change(password, { target: { value: 'a long enough phrase' } });
    expect(hint()).toBe('密码长度和内容符合要求。');
  });

  it('says which fields are missing without asking the API', async () => {
    const { api } = renderRoute('/register', { WebPrivacyNotice: NOTICE, WebSession: signedOut });
    fireEvent.click(await screen.findByRole('button', { name: '注册' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('请填写姓名。');
    expect(alert.textContent).toContain('请填写电子邮箱或手机号码。');
    // Issue 23: nobody registers without having accepted the privacy notice.
    expect(alert.textContent).toContain('请阅读并勾选同意《个人信息处理规则》后再注册。');
    expect(screen.getByLabelText('姓名').getAttribute('aria-invalid')).toBe('true');
    expect(api.sentOf('WebRegister')).toHaveLength(0);
  });

  it('issue 11: refuses a contact that is neither an e-mail nor a mainland mobile, by the schema the API checks with', async () => {
    const { api } = renderRoute('/register', { WebPrivacyNotice: NOTICE, WebSession: signedOut });
    fill('姓名', '张同学');
    fill('电子邮箱或手机号', '1380000');
    fill('密码', 'a long passphrase here');
    await agree();
    fireEvent.click(screen.getByRole('button', { name: '注册' }));
    expect((await screen.findByRole('alert')).textContent).toContain('请填写正确的电子邮箱或11位手机号码。');
    expect(api.sentOf('WebRegister')).toHaveLength(0);
  });

  it('goes on to /verify with the contact and says where the code went', async () => {
    renderRoute('/register', { WebPrivacyNotice: NOTICE, WebSession: signedOut, WebRegister: { data: { register: { sentTo: 'l****g@example.com' } } } });
    await screen.findByRole('heading', { level: 1, name: '注册申请人账号' });
    fill('姓名', '李明');
    fill('电子邮箱或手机号', ' liming@example.com ');
    fill('密码', 'a long enough phrase');
    await agree();
    fireEvent.click(screen.getByRole('button', { name: '注册' }));
    expect(await screen.findByRole('heading', { level: 1, name: '输入验证码' })).toBeTruthy();
    expect(screen.getByText('我们已向 l****g@example.com 发送消息：新注册的账号会收到6位验证码，10分钟内有效；如果该联系方式已有账号，您会收到登录提示。')).toBeTruthy();
    expect((screen.getByLabelText('电子邮箱或手机号') as HTMLInputElement).value).toBe('liming@example.com');
  });

  it('says the network failed and keeps the form', async () => {
    renderRoute('/register', { WebPrivacyNotice: NOTICE, WebSession: signedOut, WebRegister: new TypeError('Failed to fetch') });
    await screen.findByRole('heading', { level: 1, name: '注册申请人账号' });
    fill('姓名', '李明');
    fill('电子邮箱或手机号', 'liming@example.com');
    fill('密码', 'a long enough phrase');
    await agree();
    fireEvent.click(screen.getByRole('button', { name: '注册' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('加载失败，请检查网络后重试。'));
    expect((screen.getByLabelText('姓名') as HTMLInputElement).value).toBe('李明');
  });

  it('Issue 23: links the privacy notice, which reads as its own page', async () => {
    renderRoute('/privacy', { WebPrivacyNotice: NOTICE, WebSession: signedOut });
    expect(await screen.findByRole('heading', { level: 1, name: '山西省中学生英才计划个人信息处理规则' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: '谁会看到这些信息' })).toBeTruthy();
    expect(screen.getByText('版本 2026-1')).toBeTruthy();
  });
});
