import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { getI18n } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { accountAnswer, accountPageAnswers, buildMe, consentText, signedOut } from '../../test/account-fixtures';
import { failure } from '../../test/graphql-mock';
import { renderRoute } from '../../test/render-route';

async function section(name: string) {
  return (await screen.findByRole('heading', { level: 2, name })).closest('section')!;
}

describe('AccountPage', () => {
  it('redirects to /login when me is null (nobody signed in)', async () => {
    renderRoute('/account', { WebSession: signedOut, WebAccount: accountAnswer(null) });
    expect(await screen.findByRole('heading', { level: 1, name: '登录' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: '我的账户' })).toBeNull();
  });

  it('shows my details', async () => {
    renderRoute('/account', accountPageAnswers(buildMe({ phone: '13812345678' })));
    const details = await section('我的信息');
    expect(details.textContent).toContain('李明');
    expect(details.textContent).toContain('liming@example.com');
    expect(details.textContent).toContain('13812345678');
  });

  it('R-CONSENT-1 shows the consent text in full with its version and sends that version', async () => {
    const me = buildMe();
    const recorded = buildMe({
      guardianConsent: { dateOfBirth: '2010-05-20', guardianName: '李强', guardianPhone: '139****0000', consentVersion: '2026-1', consentedAt: '2026-11-25T02:00:00.000Z', withdrawnAt: null, required: true },
    });
    const { api } = renderRoute('/account', {
      ...accountPageAnswers(me),
      WebSendGuardianCode: { data: { sendGuardianCode: { sentTo: '139****0000' } } },
      WebRecordGuardianConsent: { data: { recordGuardianConsent: recorded } },
    });
    const consent = await section('监护人同意');
    expect(within(consent).getByRole('heading', { level: 3, name: '监护人同意书（版本 2026-1）' })).toBeTruthy();
    expect(consent.textContent).toContain(consentText.text);
    expect(consent.textContent).toContain('尚未记录监护人同意。');

    fireEvent.change(within(consent).getByLabelText('出生日期'), { target: { value: '2010-05-20' } });
    fireEvent.change(within(consent).getByLabelText('监护人姓名'), { target: { value: '李强' } });
    fireEvent.change(within(consent).getByLabelText('监护人手机号码'), { target: { value: '139 0000 0000' } });
    // Issue 23: the guardian confirms with a code sent to their own phone.
    fireEvent.click(within(consent).getByRole('button', { name: '发送验证码到监护人手机' }));
    expect(await within(consent).findByText('验证码已发送到 139****0000，请监护人阅读同意书后把验证码告诉您。')).toBeTruthy();
    expect(api.sentOf('WebSendGuardianCode')[0]?.variables).toEqual({ guardianPhone: '13900000000' });
    fireEvent.click(within(consent).getByRole('button', { name: '提交监护人同意' }));
    const alert = await within(consent).findByRole('alert');
    expect(alert.textContent).toContain('请由监护人阅读同意书后勾选“监护人已阅读并同意”。');
    expect(alert.textContent).toContain('请先发送验证码，并填写监护人收到的6位验证码。');
    fireEvent.change(within(consent).getByLabelText('监护人收到的验证码'), { target: { value: '482913' } });
    expect(api.sentOf('WebRecordGuardianConsent')).toHaveLength(0);

    fireEvent.click(within(consent).getByLabelText('监护人已阅读并同意'));
    fireEvent.click(within(consent).getByRole('button', { name: '提交监护人同意' }));
    expect(await within(consent).findByText('监护人同意已记录。')).toBeTruthy();
    expect(api.sentOf('WebRecordGuardianConsent')[0]?.variables).toEqual({
      dateOfBirth: '2010-05-20',
      guardianName: '李强',
      guardianPhone: '13900000000',
      consentVersion: '2026-1',
      guardianCode: '482913',
    });
    expect(consent.textContent).toContain('已记录的监护人同意');
    expect(consent.textContent).toContain('139****0000');
    expect(consent.textContent).toContain('2026年11月25日 10:00');
    expect(consent.textContent).toContain('您未满18周岁，报名需要监护人同意。');
  });

  it('Issue 23: the guardian withdraws the consent, and the page says since when', async () => {
    const consented = { dateOfBirth: '2010-05-20', guardianName: '李强', guardianPhone: '139****0000', consentVersion: '2026-2', consentedAt: '2026-11-25T02:00:00.000Z', required: true };
    const given = buildMe({ guardianConsent: { ...consented, withdrawnAt: null } });
    const withdrawn = buildMe({ guardianConsent: { ...consented, withdrawnAt: '2026-11-26T02:00:00.000Z' } });
    const { api } = renderRoute('/account', { ...accountPageAnswers(given), WebWithdrawGuardianConsent: { data: { withdrawGuardianConsent: withdrawn } } });
    const consent = await section('监护人同意');
    const confirm = vi.fn(() => true);
    Object.defineProperty(window, 'confirm', { value: confirm, configurable: true });
    fireEvent.click(within(consent).getByRole('button', { name: '撤回监护人同意' }));
    expect(confirm).toHaveBeenCalledWith('撤回后，未满18周岁的申请人不能提交报名，直到监护人再次同意。确定撤回吗？');
    expect(await within(consent).findByText('监护人已于 2026年11月26日 10:00 撤回同意。')).toBeTruthy();
    expect(api.sentOf('WebWithdrawGuardianConsent')).toHaveLength(1);
    expect(within(consent).queryByRole('button', { name: '撤回监护人同意' })).toBeNull();
  });

  it('R-CONSENT-1 asks the guardian to read again when the text changed meanwhile, keeping the form', async () => {
    const newer = { version: '2026-2', text: '新的同意书内容。' };
    renderRoute('/account', {
      ...accountPageAnswers(),
      WebAccount: [accountAnswer(), { data: { me: buildMe(), guardianConsentText: newer } }],
      WebRecordGuardianConsent: failure({ code: 'CONFLICT' }),
    });
    const consent = await section('监护人同意');
    fireEvent.change(within(consent).getByLabelText('出生日期'), { target: { value: '2010-05-20' } });
    fireEvent.change(within(consent).getByLabelText('监护人姓名'), { target: { value: '李强' } });
    fireEvent.change(within(consent).getByLabelText('监护人手机号码'), { target: { value: '13900000000' } });
    fireEvent.change(within(consent).getByLabelText('监护人收到的验证码'), { target: { value: '482913' } });
    fireEvent.click(within(consent).getByLabelText('监护人已阅读并同意'));
    fireEvent.click(within(consent).getByRole('button', { name: '提交监护人同意' }));
    expect((await within(consent).findByRole('alert')).textContent).toBe('同意书内容已更新，请监护人阅读新的内容后重新勾选同意。');
    expect(await within(consent).findByRole('heading', { level: 3, name: '监护人同意书（版本 2026-2）' })).toBeTruthy();
    expect((within(consent).getByLabelText('监护人已阅读并同意') as HTMLInputElement).checked).toBe(false);
    expect((within(consent).getByLabelText('监护人姓名') as HTMLInputElement).value).toBe('李强');
  });

  it('lists my sessions with this device marked and signs another one out', async () => {
    const { api } = renderRoute('/account', { ...accountPageAnswers(), WebEndSession: { data: { endSession: true } } });
    const sessions = await section('登录设备');
    const items = await within(sessions).findAllByRole('listitem');
    expect(items[0]?.textContent).toContain('Chrome · Android');
    expect(items[0]?.textContent).toContain('本设备');
    expect(items[0]?.textContent).toContain('最近使用：2026年11月25日 10:00');
    expect(within(items[0]!).queryByRole('button')).toBeNull();
    fireEvent.click(within(items[1]!).getByRole('button', { name: '退出该设备：Edge · Windows' }));
    expect((await within(sessions).findByRole('status')).textContent).toBe('已将该设备退出登录。');
    expect(api.sentOf('WebEndSession')[0]?.variables).toEqual({ handle: 'h-other' });
    await waitFor(() => expect(api.sentOf('WebMySessions').length).toBeGreaterThanOrEqual(2));
  });

  it('changes the password and says why the API refused one', async () => {
    const { api } = renderRoute('/account', {
      ...accountPageAnswers(),
      WebChangePassword: [failure({ code: 'BAD_USER_INPUT', reason: 'WRONG_PASSWORD' }), { data: { changePassword: true } }],
    });
    const password = await section('修改密码');
    fireEvent.change(within(password).getByLabelText('当前密码'), { target: { value: 'not my password' } });
    fireEvent.change(within(password).getByLabelText('新密码'), { target: { value: 'a brand new phrase' } });
    fireEvent.click(within(password).getByRole('button', { name: '修改密码' }));
    expect((await within(password).findByRole('alert')).textContent).toBe('当前密码不正确。');
    expect(within(password).getByLabelText('当前密码').getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(within(password).getByRole('button', { name: '修改密码' }));
    expect((await within(password).findByRole('status')).textContent).toBe('密码已修改。其他设备已退出登录，本设备仍保持登录。');
    expect(api.sentOf('WebChangePassword')[1]?.variables).toEqual({ currentPassword: 'not my password', newPassword: 'a brand new phrase' });
  });

  it('shows who else looked at my record, in Beijing time, leaving out my own steps', async () => {
    renderRoute('/account', accountPageAnswers());
    const views = await section('谁查看了我的信息');
    const [item, listed, ...rest] = await within(views).findAllByRole('listitem');
    expect(rest).toEqual([]);
    // Issue 23: a list the office read names the applicant too, in Chinese.
    expect(listed!.textContent).toContain('李老师');
    expect(listed!.textContent).toContain('省级管理办公室');
    expect(listed!.textContent).toContain('在报名列表中看到了您的报名');
    expect(item!.textContent).toContain('2026年11月25日 00:30');
    expect(item!.textContent).toContain('王老师');
    expect(item!.textContent).toContain('系统管理员');
    expect(item!.textContent).toContain('查看了完整联系方式');
    expect(item!.textContent).toContain('原因：核实报名信息');
  });

  it('logs out and goes home', async () => {
    const { api } = renderRoute('/account', { ...accountPageAnswers(), WebLogout: { data: { logout: true } }, HomeCycle: failure({ code: 'NOT_FOUND' }) });
    fireEvent.click(await screen.findByRole('button', { name: '退出登录' }));
    expect(await screen.findByText('本年度的招生信息尚未发布，请稍后再来查看。')).toBeTruthy();
    expect(api.sentOf('WebLogout')).toHaveLength(1);
    expect(within(screen.getByRole('navigation', { name: '账户' })).getByRole('link', { name: '登录' })).toBeTruthy();
  });

  it('speaks English after the switch', async () => {
    renderRoute('/account', accountPageAnswers());
    await section('我的信息');
    await act(() => getI18n().changeLanguage('en'));
    expect(await section('Guardian consent')).toBeTruthy();
    expect((await section('Who looked at my record')).textContent).toContain('25 Nov 2026, 00:30');
  });
});
