import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cycleListMock } from '../../test/fixtures/cycle';
import { anOfficeStaffMember } from '../../test/fixtures/session';
import { renderInConsole } from '../../test/render-in-console';
import {
  aParticipation,
  conflict,
  decideMock,
  participationCycleMock,
  participationsMock,
  sentRow,
} from './participation-fixtures';
import type { ParticipationRow } from './participation-query';
import { ParticipationPage } from './participation-page';
import { choose } from '../../test/choose-option';

/** Pick an option of an antd Select by its label. */
const rowOf = async (school: string) => (await screen.findByRole('cell', { name: school })).closest('tr') as HTMLElement;

const fifth = aParticipation({ id: 1, version: 3 });
const experimental = aParticipation({
  id: 2,
  version: 1,
  school: { id: 'school-7', name: '山西省实验中学', districtCode: '140107' },
  team: { leader: { name: '周校长', phone: '', title: '校长' }, contact: { name: '孙老师', phone: '137****1111', title: null }, teachers: [] },
});
const approved = aParticipation({
  id: 3,
  status: 'APPROVED',
  school: { id: 'school-12', name: '太原市第十二中学', districtCode: '140105' },
  decidedAt: '2025-08-10T02:00:00.000Z',
});

const renderAsOffice = (mocks: Parameters<typeof renderInConsole>[1]) =>
  renderInConsole(<ParticipationPage />, [cycleListMock([2026]), participationCycleMock(), ...mocks], '/', anOfficeStaffMember());

const decided = (row: ParticipationRow, status: ParticipationRow['status'], rejectionReason: string | null = null) => ({
  data: { decideParticipation: sentRow({ ...row, status, rejectionReason, version: row.version + 1, decidedAt: '2026-11-25T02:00:00.000Z' }) },
});

// antd's tables and selects are slow to render in happy-dom.
describe('参与中学 for the office', { timeout: 30_000 }, () => {
  it('asks the server for one page at a time with the status filter, and shows the team with masked phones', async () => {
    const { mock, sentVariables } = participationsMock(({ page }) => ({ rows: page?.page === 2 ? [approved] : [fifth, experimental], total: 45 }));
    renderAsOffice([mock]);

    const row = await rowOf('太原市第五中学');
    expect(within(row).getByText('已提交')).toBeTruthy();
    expect(within(row).getByText('2025-08-01 10:30')).toBeTruthy();
    expect(within(row).getByText('李明（副校长） 035****4567')).toBeTruthy();
    expect(within(row).getByText('王芳 138****5678')).toBeTruthy();
    expect(within(row).getByText('物理学：赵强 139****0000')).toBeTruthy();
    expect(await within(row).findByText('140106 迎泽区')).toBeTruthy();
    expect(screen.getByText('共 45 所学校')).toBeTruthy();
    expect(sentVariables[0]).toEqual({ year: 2026, page: { page: 1, pageSize: 20 } });
    expect(screen.getByRole('link', { name: /导出 Excel/ }).getAttribute('href')).toBe('/api/participations/export.xlsx?year=2026');

    await choose(screen.getByRole('combobox', { name: '申请状态' }), '已提交');
    await waitFor(() => expect(sentVariables.at(-1)).toEqual({ year: 2026, page: { page: 1, pageSize: 20 }, status: 'SUBMITTED' }));

    fireEvent.click(screen.getByTitle('2'));
    expect(await screen.findByRole('cell', { name: '太原市第十二中学' })).toBeTruthy();
    expect(sentVariables.at(-1)).toEqual({ year: 2026, page: { page: 2, pageSize: 20 }, status: 'SUBMITTED' });
    // Only a submitted application can be decided.
    expect(within(await rowOf('太原市第十二中学')).queryByRole('button', { name: '通过' })).toBeNull();
  });

  it('R-SCOPE-3 a rejection requires a reason, sent with the version read', async () => {
    const { mock, sentVariables: listed } = participationsMock(() => ({ rows: [fifth], total: 1 }));
    const { mock: decide, sentVariables } = decideMock(() => decided(fifth, 'REJECTED', '不在生源区县'));
    renderAsOffice([mock, decide]);

    fireEvent.click(within(await rowOf('太原市第五中学')).getByRole('button', { name: '不通过' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('不通过：太原市第五中学')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: '不通过' }));
    expect(await within(dialog).findByText('请填写不通过的原因')).toBeTruthy();
    expect(sentVariables).toEqual([]);

    fireEvent.change(within(dialog).getByLabelText('不通过原因'), { target: { value: ' 不在生源区县 ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '不通过' }));
    expect(await screen.findByText('已将 太原市第五中学 的参与申请标记为未通过。')).toBeTruthy();
    expect(sentVariables).toEqual([{ id: 1, approve: false, version: 3, reason: '不在生源区县' }]);
    // The list is read again after a decision.
    await waitFor(() => expect(listed.length).toBeGreaterThanOrEqual(2));
  });

  it('bulk approve decides each selected row with its own version and reports the CONFLICT row', async () => {
    const { mock, sentVariables: listed } = participationsMock(() => ({ rows: [fifth, experimental, approved], total: 3 }));
    const { mock: decide, sentVariables } = decideMock(({ id }) => (id === 2 ? conflict() : decided(fifth, 'APPROVED')));
    renderAsOffice([mock, decide]);

    const bulk = () => screen.getByRole('button', { name: /批量通过/ }) as HTMLButtonElement;
    await rowOf('太原市第五中学');
    expect(bulk().disabled).toBe(true);
    expect((within(await rowOf('太原市第十二中学')).getByRole('checkbox') as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(within(await rowOf('太原市第五中学')).getByRole('checkbox'));
    fireEvent.click(within(await rowOf('山西省实验中学')).getByRole('checkbox'));
    await waitFor(() => expect(bulk().textContent).toContain('批量通过（2）'));

    fireEvent.click(bulk());
    const confirm = await screen.findByText('确定通过所选 2 所学校的参与申请吗？');
    fireEvent.click(within(confirm.closest('.ant-popover') as HTMLElement).getByRole('button', { name: /确\s*定/ }));

    const notice = await screen.findByText('已通过 1 所：太原市第五中学');
    expect(notice.closest('[role="status"]')?.textContent).toContain('1 所已被他人处理，未作更改：山西省实验中学');
    expect(sentVariables).toEqual([
      { id: 1, approve: true, version: 3 },
      { id: 2, approve: true, version: 1 },
    ]);
    await waitFor(() => expect(listed.length).toBeGreaterThanOrEqual(2));
  });
});
