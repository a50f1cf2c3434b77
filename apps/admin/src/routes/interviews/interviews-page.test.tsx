import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  AdminAssignIntervieweesDocument, AdminIntervieweesDocument, AdminInterviewSlotsDocument, AdminRecordInterviewDocument, AdminWaitingIntervieweesDocument,
} from '@yingcai/schema';
import { describe, expect, it } from 'vitest';
import { cycleListMock, cycleSettingsMock } from '../../test/fixtures/cycle';
import { anOfficeStaffMember } from '../../test/fixtures/session';
import { renderInConsole } from '../../test/render-in-console';
import { answering, anInterviewee, aSlot, failure } from './interview-fixtures';
import { InterviewsPage } from './interviews-page';

const slots = answering(AdminInterviewSlotsDocument, () => ({ data: { interviewSlots: { __typename: 'InterviewSlotPage', total: 1, rows: [aSlot()] } } }));
const waitingPage = (rows: { applicationId: string; applicationNumber: string; name: string }[]) => ({
  data: { waitingInterviewees: { __typename: 'WaitingIntervieweePage', total: rows.length, rows: rows.map((r) => ({ __typename: 'WaitingInterviewee', schoolName: '太原市第五中学', grade: 11, ...r })) } },
});

function renderArrangement(...mocks: ReturnType<typeof answering>['mock'][]) {
  const interviewees = answering(AdminIntervieweesDocument, () => ({
    data: { interviewees: { __typename: 'IntervieweePage', total: 2, rows: [anInterviewee(), anInterviewee({ applicationId: '12', applicationNumber: 'SX2026-00002', name: '李同学', sheets: [], awaiting: 1, meanScore: null })] } },
  }));
  const waiting = answering(AdminWaitingIntervieweesDocument, () => waitingPage([{ applicationId: '13', applicationNumber: 'SX2026-00003', name: '赵同学' }]));
  renderInConsole(<InterviewsPage />, [cycleListMock([2026]), cycleSettingsMock(), slots.mock, interviewees.mock, waiting.mock, ...mocks], '/', anOfficeStaffMember());
  return { interviewees, waiting };
}

const openSlot = async () => {
  const row = (await screen.findByRole('cell', { name: '2025-12-20 09:00–12:00' })).closest('tr') as HTMLElement;
  expect(within(row).getByText('2 / 10')).toBeTruthy();
  expect(within(row).getByText('陈教授')).toBeTruthy();
  fireEvent.click(within(row).getByRole('button', { name: '查看' }));
  return (await screen.findByRole('cell', { name: 'SX2026-00001' })).closest('tr') as HTMLElement;
};

/** Presses 记录面试 on the row, then the same button in the confirmation that names the mean. */
const recordRow = async (row: HTMLElement) => {
  fireEvent.click(within(row).getByRole('button', { name: '记录面试' }));
  await waitFor(() => {
    const open = [...document.querySelectorAll<HTMLElement>('.ant-popover:not(.ant-popover-hidden)')].at(-1)!;
    expect(within(open).getByText('以当前平均分 80 记录 张同学 的面试成绩？记录后评分不能再修改。')).toBeTruthy();
    fireEvent.click(within(open).getByRole('button', { name: /记录面试/ }));
  });
};

// antd's tables and popconfirms are slow to render in happy-dom.
describe('面试安排 for the office', { timeout: 30_000 }, () => {
  it('R-SEL-5 shows the discipline’s slots with their panel; a slot’s applicants with sheets and the mean without the conflicted member', async () => {
    renderArrangement();
    const row = await openSlot();
    expect(slots.sentVariables[0]).toEqual({ year: 2026, disciplineCode: 'physics', page: { page: 1, pageSize: 20 } });
    expect(within(row).getByText('已评 1，回避 1，待评 0')).toBeTruthy();
    expect(within(row).getByText('80')).toBeTruthy();
    const other = screen.getByRole('cell', { name: 'SX2026-00002' }).closest('tr') as HTMLElement;
    expect(within(other).getByRole('button', { name: '移出' })).toBeTruthy();
    expect(within(row).queryByRole('button', { name: '移出' })).toBeNull();
    expect(await screen.findByRole('cell', { name: 'SX2026-00003' })).toBeTruthy();
  });

  it('R-SEL-5 recording sends the version read; with no scores the refusal is a Chinese sentence', async () => {
    let calls = 0;
    const record = answering(AdminRecordInterviewDocument, () => (++calls === 1
      ? failure('RULE_VIOLATION', { rules: ['R-SEL-5'], violations: [{ rule: 'R-SEL-5', message: 'no panel member has scored' }] })
      : { data: { recordInterview: anInterviewee({ status: 'INTERVIEWED', score: 80, recordedAt: '2025-12-20T05:00:00.000Z' }) } }));
    renderArrangement(record.mock);
    const row = await openSlot();
    await recordRow(row);
    expect(await screen.findByText('张同学 还没有评委评分（回避的评委不计），不能记录面试成绩。')).toBeTruthy();
    await recordRow(row);
    expect(await screen.findByText('已记录 张同学 的面试成绩：80 分。')).toBeTruthy();
    expect(record.sentVariables).toEqual([{ applicationId: '11', version: 7 }, { applicationId: '11', version: 7 }]);
  });

  it('R-SEL-5 assigns the chosen waiting applicants to the open slot with its version; a full slot is said in Chinese', async () => {
    const assign = answering(AdminAssignIntervieweesDocument, () => failure('BAD_USER_INPUT', { reason: 'SLOT_FULL', field: 'capacity' }));
    renderArrangement(assign.mock);
    await openSlot();
    const waitingRow = (await screen.findByRole('cell', { name: 'SX2026-00003' })).closest('tr') as HTMLElement;
    fireEvent.click(within(waitingRow).getByRole('checkbox'));
    fireEvent.click(screen.getByRole('button', { name: '分配到此场次' }));
    await waitFor(() => expect(assign.sentVariables).toEqual([{ slotId: 'slot-1', version: 4, applicationIds: ['13'] }]));
    expect(await screen.findByText('场次名额不足，请先调整名额或选择其他场次。')).toBeTruthy();
  });
});
