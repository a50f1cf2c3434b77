import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cycleListMock, cycleSettingsMock } from '../../test/fixtures/cycle';
import { anOfficeStaffMember } from '../../test/fixtures/session';
import { renderInConsole } from '../../test/render-in-console';
import { aMentorRecord, anAppointment, aPoolRow, carryOverMock, poolMock, sentAppointment } from '../mentors/mentor-fixtures';
import { ruleViolation } from '../participation/participation-fixtures';
import { MentorPoolPage } from './mentor-pool-page';

const rowOf = async (name: string) => (await screen.findByText(name)).closest('tr') as HTMLElement;

const chen = aPoolRow({ mentor: aMentorRecord({ id: 'mentor-1', name: '陈教授', title: '' }), servedYears: [2025, 2024] });
const li = aPoolRow({ mentor: aMentorRecord({ id: 'mentor-2', name: '李教授', title: '' }) });
const zhao = aPoolRow({ mentor: aMentorRecord({ id: 'mentor-3', name: '赵教授', title: '' }), inCycle: true });

const renderPool = (mocks: Parameters<typeof renderInConsole>[1]) =>
  renderInConsole(<MentorPoolPage />, [cycleListMock([2026]), cycleSettingsMock(), ...mocks], '/', anOfficeStaffMember());

async function takeSelected() {
  fireEvent.click(within(await rowOf('陈教授')).getByRole('checkbox'));
  fireEvent.click(within(await rowOf('李教授')).getByRole('checkbox'));
  const button = await waitFor(() => screen.getByRole('button', { name: /纳入本届（2）/ }));
  fireEvent.click(button);
  const question = await screen.findByText('确定将所选 2 位导师纳入 2026 年度吗？');
  fireEvent.click(within(question.closest('.ant-popover') as HTMLElement).getByRole('button', { name: /确\s*定/ }));
}

describe('导师库', { timeout: 30_000 }, () => {
  it('R-MENTOR-3 lists the pool by page with served years; a mentor already in the cycle cannot be selected', async () => {
    const { mock, sentVariables } = poolMock(() => ({ rows: [chen, li, zhao], total: 3 }));
    renderPool([mock]);

    const row = await rowOf('陈教授');
    expect(within(row).getByText('2025')).toBeTruthy();
    expect(within(row).getByText('2024')).toBeTruthy();
    const inCycle = await rowOf('赵教授');
    expect(within(inCycle).getByText('已在本届')).toBeTruthy();
    expect((within(inCycle).getByRole('checkbox') as HTMLInputElement).disabled).toBe(true);
    expect(sentVariables[0]).toEqual({ year: 2026, page: { page: 1, pageSize: 20 } });
  });

  it('R-MENTOR-3 carry-over sends the selected ids and shows the violation as a sentence', async () => {
    const { mock } = poolMock(() => ({ rows: [chen, li, zhao], total: 3 }));
    const { mock: carry, sentVariables } = carryOverMock(() =>
      ruleViolation([{ rule: 'R-MENTOR-3', message: '李教授: the mentor is already a mentor of the 2026 cycle' }]),
    );
    renderPool([mock, carry]);

    await takeSelected();
    const line = await screen.findByText('R-MENTOR-3：李教授 已是 2026 年度的导师。');
    expect(line.closest('[role="status"]')?.textContent).toContain('未纳入任何导师');
    expect(sentVariables).toEqual([{ year: 2026, mentorIds: ['mentor-1', 'mentor-2'] }]);
  });

  it('R-MENTOR-3 reports who was taken and reads the pool again', async () => {
    const { mock, sentVariables: listed } = poolMock(() => ({ rows: [chen, li, zhao], total: 3 }));
    const taken = [chen, li].map((row, i) => sentAppointment(anAppointment({ id: 20 + i, status: 'APPROVED', mentor: row.mentor, carriedOverFrom: 2025 })));
    const { mock: carry } = carryOverMock(() => ({ data: { carryOverMentors: taken } }));
    renderPool([mock, carry]);

    await takeSelected();
    expect(await screen.findByText('已将 2 位导师纳入 2026 年度：陈教授、李教授')).toBeTruthy();
    await waitFor(() => expect(listed.length).toBeGreaterThanOrEqual(2));
  });
});
