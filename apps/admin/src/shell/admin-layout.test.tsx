import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { adminResources } from '../resources';
import { createAdminRoutes } from '../router';
import { cycleListMock, cycleSettingsMock } from '../test/fixtures/cycle';
import { LocaleProvider } from './locale-provider';

function renderConsole(path: string) {
  const router = createMemoryRouter(createAdminRoutes(adminResources), { initialEntries: [path] });
  render(
    <MockedProvider mocks={[cycleListMock([2025, 2026]), cycleSettingsMock()]}>
      <LocaleProvider>
        <RouterProvider router={router} />
      </LocaleProvider>
    </MockedProvider>,
  );
  return router;
}

describe('the console shell', () => {
  it('renders every resource in the side menu, selected on its route', async () => {
    renderConsole('/cycle');
    const link = await screen.findByRole('link', { name: '周期设置' });
    expect(link.getAttribute('href')).toBe('/cycle');
    expect(link.closest('li')?.className).toContain('ant-menu-item-selected');
    expect(screen.getByText('英才计划管理后台')).toBeTruthy();
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
