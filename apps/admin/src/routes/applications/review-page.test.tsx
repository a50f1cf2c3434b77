import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { choose } from '../../test/choose-option';
import { cycleListMock, cycleSettingsMock } from '../../test/fixtures/cycle';
import { anOfficeStaffMember } from '../../test/fixtures/session';
import { renderInConsole } from '../../test/render-in-console';
import { ruleViolation } from '../participation/participation-fixtures';
import { aSchool, schoolsMock } from '../schools/list/schools-fixtures';
import { anApplication, approveMock, conflict, decided, reviewMock, reviewQueueMock } from './application-fixtures';
import type { ReviewRow } from './application-query';
import { ReviewPage } from './review-page';

const waiting = (n: number, over: Partial<ReviewRow> = {}) =>
  anApplication({ id: String(n), applicationNumber: `SX2026-0000${n}`, name: `学生${n}`, status: 'SCHOOL_RECOMMENDED', version: n + 1, ...over });
const first = waiting(1);
const otherDiscipline = waiting(2, {
  mentors: [{ mentorId: 'mentor-9', rank: 1, name: '陈老师' }],
  flags: [{ rule: 'R-APP-3', message: 'mentor mentor-9 is a mentor of chemistry, not of the chosen discipline physics' }],
});
const third = waiting(3);
const withdrawn = waiting(5, { flags: [{ rule: 'R-CONSENT-1', message: 'the guardian withdrew the consent on 2026-12-01' }] });
const conformant = waiting(4, { status: 'CONFORMANT' });

const rowOf = async (number: string) => (await screen.findByRole('button', { name: number })).closest('tr') as HTMLElement;

function renderPage(mocks: Parameters<typeof renderInConsole>[1], path = '/') {
  const { mock: schools } = schoolsMock(() => ({ rows: [aSchool({ id: 'school-5', name: '太原市第五中学' })], total: 1 }));
  return renderInConsole(<ReviewPage />, [cycleListMock([2026]), cycleSettingsMock(), schools, ...mocks], path, anOfficeStaffMember());
}

// antd's tables, dialogs and selects are slow to render in happy-dom.
describe('资料审核 for the office', { timeout: 30_000 }, () => {
  it('R-SEL-1 shows each flag as a tag naming its rule and the reason, and filters flagged rows on the server', async () => {
    const { mock, sentVariables } = reviewQueueMock(() => ({ rows: [first, otherDiscipline, withdrawn], total: 3 }));
    renderPage([mock]);

    const flagged = await rowOf('SX2026-00002');
    expect(await within(flagged).findByText('R-APP-3：陈老师 是化学的导师，不属于申请学科物理学')).toBeTruthy();
    // Issue 23: a guardian's withdrawal reaches the office as a flag of the application.
    expect(within(await rowOf('SX2026-00005')).getByText('R-CONSENT-1：监护人已于2026年12月1日撤回同意，须停止处理此报名')).toBeTruthy();
    expect(within(await rowOf('SX2026-00001')).getByText('无')).toBeTruthy();
    expect(sentVariables[0]).toEqual({ year: 2026, filter: {}, page: { page: 1, pageSize: 20 } });

    await choose(screen.getByRole('combobox', { name: '审核提示' }), '只看有提示的');
    await waitFor(() => expect(sentVariables.at(-1)?.filter).toEqual({ flagged: true }));
    await choose(screen.getByRole('combobox', { name: '申请学科' }), '物理学');
    await waitFor(() => expect(sentVariables.at(-1)?.filter).toEqual({ flagged: true, disciplineCode: 'physics' }));
  });

  it('R-SEL-1 不符合 needs a reason the applicant sees, sent with the version read', async () => {
    const { mock } = reviewQueueMock(() => ({ rows: [otherDiscipline], total: 1 }));
    const { mock: review, sentVariables } = reviewMock(() =>
      decided('reviewApplication', otherDiscipline, { status: 'NONCONFORMANT', reviewReason: '所选导师不属于申请学科' }));
    renderPage([mock, review]);

    fireEvent.click(within(await rowOf('SX2026-00002')).getByRole('button', { name: '不符合' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '不符合' }));
    expect(await within(dialog).findByText('请填写不符合的原因')).toBeTruthy();
    expect(sentVariables).toEqual([]);

    fireEvent.change(within(dialog).getByLabelText('不符合原因'), { target: { value: '所选导师不属于申请学科' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '不符合' }));
    expect(await screen.findByText('已将 SX2026-00002 学生2 标记为资料审核未通过。')).toBeTruthy();
    expect(sentVariables).toEqual([{ id: '2', version: 3, conformant: false, reason: '所选导师不属于申请学科' }]);
  });

  it('R-SEL-1 a single 符合 warns of the row\'s flags before it is confirmed, as bulk approval does', async () => {
    const { mock } = reviewQueueMock(() => ({ rows: [otherDiscipline], total: 1 }));
    renderPage([mock]);
    fireEvent.click(within(await rowOf('SX2026-00002')).getByRole('button', { name: '符合' }));
    const popover = (await screen.findByText('确定 SX2026-00002 学生2 的资料符合要求吗？')).closest('.ant-popover') as HTMLElement;
    expect(within(popover).getByText('这份报名有审核提示，请确认已查看：')).toBeTruthy();
    expect(within(popover).getByText(/R-APP-3/)).toBeTruthy();
  });

  it('a CONFLICT on 符合 shows its message and keeps the row', async () => {
    const { mock, sentVariables: listed } = reviewQueueMock(() => ({ rows: [first], total: 1 }));
    const { mock: review, sentVariables } = reviewMock(() => conflict(first));
    renderPage([mock, review]);

    fireEvent.click(within(await rowOf('SX2026-00001')).getByRole('button', { name: '符合' }));
    const confirm = await screen.findByText('确定 SX2026-00001 学生1 的资料符合要求吗？');
    fireEvent.click(within(confirm.closest('.ant-popover') as HTMLElement).getByRole('button', { name: /确\s*定/ }));

    expect(await screen.findByText('SX2026-00001 已被他人处理，列表已刷新，请查看最新状态。')).toBeTruthy();
    expect(sentVariables).toEqual([{ id: '1', version: 2, conformant: true }]);
    await waitFor(() => expect(listed.length).toBeGreaterThanOrEqual(2));
    expect(await rowOf('SX2026-00001')).toBeTruthy();
  });

  it('R-SEL-1 bulk approve sends the selected ids with their versions in one request, warning of flagged rows first', async () => {
    const { mock, sentVariables: listed } = reviewQueueMock(() => ({ rows: [first, otherDiscipline, third, conformant], total: 4 }));
    const { mock: approve, sentVariables } = approveMock(({ items }) => ({
      data: { reviewApplications: [items].flat().map((item) => decided('x', waiting(Number(item.id)), { status: 'CONFORMANT' }).data.x) },
    }));
    renderPage([mock, approve]);

    const bulk = () => screen.getByRole('button', { name: /批量通过/ }) as HTMLButtonElement;
    await rowOf('SX2026-00001');
    expect(bulk().disabled).toBe(true);
    expect((within(await rowOf('SX2026-00004')).getByRole('checkbox') as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(within(await rowOf('SX2026-00001')).getByRole('checkbox'));
    fireEvent.click(within(await rowOf('SX2026-00002')).getByRole('checkbox'));
    await waitFor(() => expect(bulk().textContent).toContain('批量通过（2）'));

    fireEvent.click(bulk());
    const confirm = await screen.findByText('确定所选 2 份报名的资料均符合要求吗？');
    const popover = confirm.closest('.ant-popover') as HTMLElement;
    expect(within(popover).getByText('其中 1 份有审核提示（SX2026-00002），请确认已逐一查看。')).toBeTruthy();
    fireEvent.click(within(popover).getByRole('button', { name: /确\s*定/ }));

    expect(await screen.findByText('已通过 2 份：SX2026-00001、SX2026-00002')).toBeTruthy();
    expect(sentVariables).toEqual([{ items: [{ id: '1', version: 2 }, { id: '2', version: 3 }] }]);
    await waitFor(() => expect(listed.length).toBeGreaterThanOrEqual(2));
  });

  it('R-SEL-1 bulk approval is all or none: a CONFLICT names the application and nothing else is said to be approved', async () => {
    const { mock } = reviewQueueMock(() => ({ rows: [first, third], total: 2 }));
    const { mock: approve } = approveMock(() => conflict(third));
    renderPage([mock, approve]);

    fireEvent.click(within(await rowOf('SX2026-00001')).getByRole('checkbox'));
    fireEvent.click(within(await rowOf('SX2026-00003')).getByRole('checkbox'));
    await waitFor(() => expect(screen.getByRole('button', { name: /批量通过（2）/ })).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: /批量通过（2）/ }));
    const confirm = await screen.findByText('确定所选 2 份报名的资料均符合要求吗？');
    fireEvent.click(within(confirm.closest('.ant-popover') as HTMLElement).getByRole('button', { name: /确\s*定/ }));

    expect(await screen.findByText('SX2026-00003 已被他人处理，本次未通过任何报名。列表已刷新，请重新选择。')).toBeTruthy();
    expect(screen.queryByText(/已通过/)).toBeNull();
  });

  it('R-SEL-1 a bulk refused for an application not waiting for review says which, in Chinese', async () => {
    const { mock } = reviewQueueMock(() => ({ rows: [first], total: 1 }));
    const { mock: approve } = approveMock(() =>
      ruleViolation([{ rule: 'R-SEL-1', message: 'SX2026-00001: an application that is conformant cannot take the step mark_conformant; expected next: assess' }]));
    renderPage([mock, approve]);

    fireEvent.click(within(await rowOf('SX2026-00001')).getByRole('checkbox'));
    await waitFor(() => expect(screen.getByRole('button', { name: /批量通过（1）/ })).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: /批量通过（1）/ }));
    const confirm = await screen.findByText('确定所选 1 份报名的资料均符合要求吗？');
    fireEvent.click(within(confirm.closest('.ant-popover') as HTMLElement).getByRole('button', { name: /确\s*定/ }));

    expect(await screen.findByText('R-SEL-1：SX2026-00001：该报名当前的状态不能进行此操作，请刷新后查看。')).toBeTruthy();
  });
});
