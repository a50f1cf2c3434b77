import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AdminExtendWindowDocument, AdminWindowExtensionsDocument, type AdminExtendWindowMutationVariables } from '@yingcai/schema';
import { describe, expect, it } from 'vitest';
import { cycleListMock } from '../../../test/fixtures/cycle';
import { anOfficeStaffMember } from '../../../test/fixtures/session';
import { renderInConsole } from '../../../test/render-in-console';
import { participationCycleMock } from '../../participation/participation-fixtures';
import { schoolsMock } from '../../schools/list/schools-fixtures';
import { WindowsPage } from './windows-page';

const extension = {
  __typename: 'WindowExtension',
  milestoneKey: 'school_participation',
  schoolId: 'school-5',
  schoolName: '太原市第五中学',
  extendedUntil: '2025-10-10',
  reason: '国庆假期',
  grantedAt: '2025-10-01T01:00:00.000Z',
};

const extensionsMock = (): MockLink.MockedResponse => ({
  request: { query: AdminWindowExtensionsDocument, variables: { year: 2026 } },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: { data: { windowExtensions: [extension] } },
});

function extendMock() {
  const sentVariables: AdminExtendWindowMutationVariables[] = [];
  const mock: MockLink.MockedResponse = {
    request: { query: AdminExtendWindowDocument, variables: () => true },
    result: (variables: AdminExtendWindowMutationVariables) => {
      sentVariables.push(variables);
      return { data: { extendWindow: { ...extension, schoolId: null, schoolName: null, extendedUntil: variables.extendedUntil, reason: variables.reason } } };
    },
  };
  return { mock, sentVariables };
}

describe('时间窗口 (window extensions)', { timeout: 30_000 }, () => {
  it('lists the extensions granted, and will not extend without a milestone, a date and a reason', async () => {
    const { mock: schools } = schoolsMock(() => ({ rows: [], total: 0 }));
    const { mock: extend, sentVariables } = extendMock();
    renderInConsole(<WindowsPage />, [cycleListMock([2026]), participationCycleMock(), extensionsMock(), schools, extend], '/', anOfficeStaffMember());

    const row = (await screen.findByRole('cell', { name: '太原市第五中学' })).closest('tr') as HTMLElement;
    expect(within(row).getByText('2025-10-10')).toBeTruthy();
    expect(within(row).getByText('国庆假期')).toBeTruthy();
    await waitFor(() => expect(within(row).getByText('确定参与中学')).toBeTruthy());

    fireEvent.click(screen.getByRole('button', { name: /延\s*长/ }));
    expect(await screen.findByText('请选择进度节点')).toBeTruthy();
    expect(screen.getByText('请选择新的截止日期')).toBeTruthy();
    expect(screen.getByText('请填写延长的原因')).toBeTruthy();
    expect(sentVariables).toEqual([]);
  });
});
