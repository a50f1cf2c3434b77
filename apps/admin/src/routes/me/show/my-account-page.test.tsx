import { fireEvent, screen, waitFor } from '@testing-library/react';
import { AdminEndSessionDocument, AdminMySessionsDocument } from '@yingcai/schema';
import { describe, expect, it, vi } from 'vitest';
import { cycleListMock } from '../../../test/fixtures/cycle';
import { anAccount, grant } from '../../../test/fixtures/session';
import { renderInConsole } from '../../../test/render-in-console';
import { MyAccountPage } from './my-account-page';

const session = (handle: string, current: boolean, userAgent: string | null) => ({
  __typename: 'SessionInfo',
  handle,
  createdAt: '2026-11-24T01:00:00.000Z',
  lastSeenAt: '2026-11-25T02:00:00.000Z',
  expiresAt: '2026-12-25T01:00:00.000Z',
  userAgent,
  current,
});

describe('我的账号 (my account)', { timeout: 20_000 }, () => {
  it('shows who I am, and ends another of my sessions', async () => {
    const me = anAccount({ displayName: '赵老师', email: 'zhao@school.test', roles: [grant('MENTOR', 'mentor-3', '赵教授')] });
    const endSession = vi.fn(() => ({ data: { endSession: true } }));
    renderInConsole(
      <MyAccountPage />,
      [
        cycleListMock([2026]),
        {
          request: { query: AdminMySessionsDocument },
          maxUsageCount: 2,
          result: { data: { mySessions: [session('s-here', true, 'Chrome on Linux'), session('s-phone', false, 'Safari on iPhone')] } },
        },
        { request: { query: AdminEndSessionDocument, variables: { handle: 's-phone' } }, result: endSession },
      ],
      '/me',
      me,
    );

    expect(await screen.findByText('赵老师')).toBeTruthy();
    expect(screen.getByText('zhao@school.test')).toBeTruthy();
    expect(screen.getByText('导师 · 赵教授')).toBeTruthy();
    expect(await screen.findByText('当前设备')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: '退出该设备' })).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: '退出该设备' }));
    fireEvent.click(await screen.findByRole('button', { name: /确\s*定/ }));
    await waitFor(() => expect(endSession).toHaveBeenCalledTimes(1));
  });
});
