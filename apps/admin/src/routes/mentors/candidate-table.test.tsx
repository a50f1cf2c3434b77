import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cycleListMock, cycleSettingsMock } from '../../test/fixtures/cycle';
import { anOfficeStaffMember } from '../../test/fixtures/session';
import { renderInConsole } from '../../test/render-in-console';
import { aMentorRecord, anAppointment, appointmentsMock, conflict, decideMock, sentAppointment } from './mentor-fixtures';
import type { AppointmentRow } from './mentor-query';
import { MentorsPage } from './mentors-page';

const rowOf = async (name: string) => (await screen.findByText(name)).closest('tr') as HTMLElement;

const chen = anAppointment({
  id: 1,
  version: 3,
  mentor: aMentorRecord({ honours: [] }),
  team: [{ name: '王助教', degree: 'MASTER', title: 'INTERMEDIATE' }],
  warnings: [
    { rule: 'R-MENTOR-1', message: 'the candidate holds none of the honours …', subject: null },
    { rule: 'R-MENTOR-4', message: '王助教 holds neither a doctorate nor an associate-senior title or above', subject: '王助教' },
  ],
});
const li = anAppointment({ id: 2, version: 1, mentor: aMentorRecord({ id: 'mentor-2', name: '李教授', title: '' }) });
const zhao = anAppointment({
  id: 3,
  status: 'APPROVED',
  letterNumber: 'YC2026-001',
  mentor: aMentorRecord({ id: 'mentor-3', name: '赵教授', title: '' }),
});

const renderAsOffice = (mocks: Parameters<typeof renderInConsole>[1]) =>
  renderInConsole(<MentorsPage />, [cycleListMock([2026]), cycleSettingsMock(), ...mocks], '/', anOfficeStaffMember());

const approved = (row: AppointmentRow) => ({ data: { decideMentor: sentAppointment({ ...row, status: 'APPROVED', version: row.version + 1 }) } });

// antd's tables are slow to render in happy-dom.
describe('导师遴选 for the office', { timeout: 30_000 }, () => {
  it('R-MENTOR-1 R-MENTOR-4 shows the warnings beside the decision and sorts on the server', async () => {
    const { mock, sentVariables } = appointmentsMock(() => ({ rows: [chen, li, zhao], total: 3 }));
    renderAsOffice([mock]);

    const row = await rowOf('陈教授（教授）');
    const rule1 = within(row).getByLabelText(/^R-MENTOR-1：未持有导师通常应具备的称号/);
    expect(rule1.textContent).toBe('R-MENTOR-1');
    expect(within(row).getByLabelText('R-MENTOR-4：王助教 既无博士学位，也无副高及以上职称')).toBeTruthy();
    expect(within(row).getByRole('button', { name: '通过' })).toBeTruthy();
    expect(within(await rowOf('李教授')).getByText('无提示')).toBeTruthy();
    // An approved new mentor's letter, no decision left.
    const approvedRow = await rowOf('赵教授');
    expect(within(approvedRow).getByRole('button', { name: /下载聘书/ })).toBeTruthy();
    expect(within(approvedRow).queryByRole('button', { name: '通过' })).toBeNull();
    expect(sentVariables[0]).toEqual({ filter: { year: 2026 }, page: { page: 1, pageSize: 20 } });

    fireEvent.click(screen.getByRole('columnheader', { name: /推荐时间/ }));
    await waitFor(() => expect(sentVariables.at(-1)).toMatchObject({ sort: { field: 'RECOMMENDED_AT', direction: 'ASC' }, page: { page: 1, pageSize: 20 } }));
  });

  it('bulk approve decides each selected row with its own version and reports the CONFLICT row', async () => {
    const { mock, sentVariables: listed } = appointmentsMock(() => ({ rows: [chen, li, zhao], total: 3 }));
    const { mock: decide, sentVariables } = decideMock(({ id }) => (id === 2 ? conflict() : approved(chen)));
    renderAsOffice([mock, decide]);

    const bulk = () => screen.getByRole('button', { name: /批量通过/ }) as HTMLButtonElement;
    await rowOf('陈教授（教授）');
    expect(bulk().disabled).toBe(true);
    expect((within(await rowOf('赵教授')).getByRole('checkbox') as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(within(await rowOf('陈教授（教授）')).getByRole('checkbox'));
    fireEvent.click(within(await rowOf('李教授')).getByRole('checkbox'));
    await waitFor(() => expect(bulk().textContent).toContain('批量通过（2）'));

    fireEvent.click(bulk());
    const confirm = await screen.findByText('确定通过所选 2 位导师候选人吗？');
    fireEvent.click(within(confirm.closest('.ant-popover') as HTMLElement).getByRole('button', { name: /确\s*定/ }));

    const notice = await screen.findByText('已通过 1 位：陈教授');
    expect(notice.closest('[role="status"]')?.textContent).toContain('1 位已被他人处理，未作更改：李教授');
    expect(sentVariables).toEqual([
      { id: 1, version: 3, approve: true },
      { id: 2, version: 1, approve: true },
    ]);
    await waitFor(() => expect(listed.length).toBeGreaterThanOrEqual(2));
  });
});
