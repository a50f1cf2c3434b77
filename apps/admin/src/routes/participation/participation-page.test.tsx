import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminResources } from '../../resources';
import { createAdminRoutes } from '../../router';
import type { SessionAccount } from '../../shell/access';
import { cycleListMock, cycleSettingsMock } from '../../test/fixtures/cycle';
import { anAccount, anOfficeStaffMember, grant, meMock } from '../../test/fixtures/session';
import { renderRoutes } from '../../test/render-in-console';
import { aSchoolCoordinator, participationsMock } from './participation-fixtures';

function renderConsole(path: string, me: SessionAccount) {
  const { mock } = participationsMock(() => ({ rows: [], total: 0 }));
  return renderRoutes(createAdminRoutes(adminResources), [meMock(me), cycleListMock([2026]), cycleSettingsMock(), mock], path);
}

describe('参与中学 in the menu', { timeout: 20_000 }, () => {
  it.each([
    ['office staff', anOfficeStaffMember()],
    ['a school coordinator', aSchoolCoordinator()],
  ])('is offered to %s', async (_, account) => {
    renderConsole('/cycle', account);
    const link = await screen.findByRole('link', { name: '参与中学' });
    expect(link.getAttribute('href')).toBe('/participation');
  });

  it('is neither offered nor opened to an admin without OFFICE_STAFF or SCHOOL_COORDINATOR', async () => {
    const router = renderConsole('/cycle', anAccount({ roles: [grant('ADMIN'), grant('ANALYST')] })).router;
    await screen.findByRole('link', { name: '周期设置' });
    expect(screen.queryByRole('link', { name: '参与中学' })).toBeNull();
    await router.navigate('/participation');
    expect(await screen.findByText('您没有权限访问此页面')).toBeTruthy();
  });
});
