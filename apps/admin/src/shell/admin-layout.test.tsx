import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminResources } from '../resources';
import { createAdminRoutes } from '../router';
import { cycleListMock, cycleSettingsMock } from '../test/fixtures/cycle';
import { anAccount, anApplicant, anOfficeStaffMember, grant, meMock } from '../test/fixtures/session';
import { renderRoutes } from '../test/render-in-console';
import type { SessionAccount } from './access';

function renderConsole(path: string, me: SessionAccount | null = anAccount()) {
  return renderRoutes(createAdminRoutes(adminResources), [meMock(me), cycleListMock([2025, 2026]), cycleSettingsMock()], path).router;
}

describe('the console shell', () => {
  it('renders the resources in the side menu, selected on its route', async () => {
    renderConsole('/cycle');
    const link = await screen.findByRole('link', { name: '周期设置' });
    expect(link.getAttribute('href')).toBe('/cycle');
    expect(link.closest('li')?.className).toContain('ant-menu-item-selected');
    expect(screen.getByText('英才计划管理后台')).toBeTruthy();
  });

  it('shows an admin every screen of the menu', async () => {
    renderConsole('/cycle');
    await screen.findByRole('link', { name: '周期设置' });
    for (const name of ['账号管理', '发送记录', '审计日志']) expect(screen.getByRole('link', { name })).toBeTruthy();
  });

  it('hides the ADMIN screens from office staff, and refuses them by address; 发送记录 is theirs too (codes masked, issue 11)', async () => {
    const router = renderConsole('/cycle', anOfficeStaffMember());
    expect(await screen.findByRole('link', { name: '周期设置' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '发送记录' })).toBeTruthy();
    for (const name of ['账号管理', '审计日志']) expect(screen.queryByRole('link', { name })).toBeNull();
    await router.navigate('/accounts');
    expect(await screen.findByText('您没有权限访问此页面')).toBeTruthy();
  });

  it('R-APP-4 R-SEL-1 offers 学校推荐 to a school coordinator and the office, 资料审核 to the office only, by menu and by address', async () => {
    const coordinator = anAccount({ id: 'acc-school', displayName: '赵老师', roles: [grant('SCHOOL_COORDINATOR', 'school-5', '太原市第五中学')] });
    const router = renderConsole('/cycle', coordinator);
    expect((await screen.findByRole('link', { name: '学校推荐' })).getAttribute('href')).toBe('/school-recommendation');
    expect(screen.queryByRole('link', { name: '资料审核' })).toBeNull();
    await router.navigate('/review?flagged=yes');
    expect(await screen.findByText('您没有权限访问此页面')).toBeTruthy();
  });

  it('shows the office both application screens', async () => {
    renderConsole('/cycle', anOfficeStaffMember());
    expect((await screen.findByRole('link', { name: '资料审核' })).getAttribute('href')).toBe('/review');
    expect(screen.getByRole('link', { name: '学校推荐' })).toBeTruthy();
  });

  it("shows the user's name and a logout in the header", async () => {
    renderConsole('/cycle', anOfficeStaffMember());
    const name = await screen.findByRole('link', { name: /李办公/ });
    expect(name.getAttribute('href')).toBe('/me');
    expect(screen.getByRole('button', { name: /退出登录/ })).toBeTruthy();
  });

  it('sends a signed-out visitor to the login, keeping where they were going', async () => {
    const router = renderConsole('/accounts?page=2', null);
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/accounts?page=2');
  });

  it('turns an applicant-only account away: 此账号无权使用管理后台', async () => {
    renderConsole('/cycle', anApplicant());
    expect(await screen.findByText('此账号无权使用管理后台')).toBeTruthy();
    expect(screen.queryByRole('link', { name: '周期设置' })).toBeNull();
  });

  it('opens the first resource from the index', async () => {
    const router = renderConsole('/');
    await waitFor(() => expect(router.state.location.pathname).toBe('/cycle'));
  });

  it('answers an unknown address with 页面不存在', async () => {
    renderConsole('/no-such-screen');
    expect(await screen.findByText('页面不存在')).toBeTruthy();
  });

  it('selects the newest cycle by default', async () => {
    renderConsole('/cycle');
    expect(await screen.findByTitle('2026年山西省中学生英才计划')).toBeTruthy();
  });

  it('switches to English', async () => {
    renderConsole('/cycle');
    (await screen.findByText('English')).click();
    expect(await screen.findByRole('link', { name: 'Cycle settings' })).toBeTruthy();
    (await screen.findByText('中文')).click();
    expect(await screen.findByRole('link', { name: '周期设置' })).toBeTruthy();
  });
});
