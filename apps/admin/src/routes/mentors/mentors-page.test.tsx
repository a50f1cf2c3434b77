import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminResources } from '../../resources';
import { createAdminRoutes } from '../../router';
import type { SessionAccount } from '../../shell/access';
import { cycleListMock, cycleSettingsMock } from '../../test/fixtures/cycle';
import { anOfficeStaffMember, meMock } from '../../test/fixtures/session';
import { renderRoutes } from '../../test/render-in-console';
import { aMentor, appointmentsMock, aUniversityCoordinator } from './mentor-fixtures';

function renderConsole(path: string, me: SessionAccount) {
  const { mock } = appointmentsMock(() => ({ rows: [], total: 0 }));
  return renderRoutes(createAdminRoutes(adminResources), [meMock(me), cycleListMock([2026]), cycleSettingsMock(), mock], path);
}

describe('导师遴选 and 导师库 in the menu', { timeout: 20_000 }, () => {
  it.each([
    ['office staff', anOfficeStaffMember(), true],
    ['a university coordinator', aUniversityCoordinator(), false],
    ['a mentor', aMentor(), false],
  ])('导师遴选 is offered to %s, 导师库 only to the office', async (_, account, pool) => {
    renderConsole('/cycle', account);
    const link = await screen.findByRole('link', { name: '导师遴选' });
    expect(link.getAttribute('href')).toBe('/mentors');
    expect(Boolean(screen.queryByRole('link', { name: '导师库' }))).toBe(pool);
  });

  it('opens the recommend button to a university coordinator', async () => {
    renderConsole('/mentors', aUniversityCoordinator());
    expect(await screen.findByRole('button', { name: /推荐导师/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /批量通过/ })).toBeNull();
  });
});
