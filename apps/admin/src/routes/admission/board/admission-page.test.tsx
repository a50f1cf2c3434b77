import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cycleListMock } from '../../../test/fixtures/cycle';
import { anOfficeStaffMember } from '../../../test/fixtures/session';
import { renderInConsole } from '../../../test/render-in-console';
import { aBoard, aCandidate, boardMock, conflict, decideMock, publishMock, violation } from './admission-fixtures';
import { AdmissionPage } from './admission-page';

const render = (mocks: Parameters<typeof renderInConsole>[1]) => renderInConsole(<AdmissionPage />, [cycleListMock([2026]), ...mocks], '/', anOfficeStaffMember());
const rowOf = async (name: string) => (await screen.findByRole('cell', { name })).closest('tr') as HTMLElement;
const choose = async (label: string, option: string) => {
  fireEvent.mouseDown(screen.getByRole('combobox', { name: label }));
  // The open dropdown is the last one rendered; the closed ones stay in the document.
  const item = await waitFor(() => {
    const open = [...document.querySelectorAll('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')].at(-1);
    const found = open?.querySelector<HTMLElement>(`.ant-select-item-option[title="${option}"]`);
    if (!found) throw new Error(`no option ${option}`);
    return found;
  });
  fireEvent.click(item);
};

// antd's tables and selects are slow to render in happy-dom.
describe('R-SEL-4 R-SEL-5 R-SEL-6 录取 (admission)', { timeout: 30_000 }, () => {
  it('R-SEL-5 shows the ranking with scores, the proposal and the decision; R-SEL-6 is shown while it is not met', async () => {
    render([boardMock(aBoard())]);
    const first = await rowOf('学生1');
    expect(within(first).getByText('89.00')).toBeTruthy();
    expect(within(first).getAllByText('录取').length).toBeGreaterThan(0);
    expect(within(await rowOf('学生2')).getAllByText('候补').length).toBeGreaterThan(0);
    expect(screen.getByText('全省录取人数少于 40 人（R-SEL-6）。')).toBeTruthy();
    expect(screen.getByText('计划录取 1 人，面试 3 人，录取 1 人')).toBeTruthy();
  });

  it('R-SEL-5 a decision sends the version read and the board answered replaces the checks; a CONFLICT says so', async () => {
    const answers = [{ data: { decideAdmission: aBoard({}, [aCandidate(1), aCandidate(2, { decision: 'admitted', decidedByOffice: true, version: 4 }), aCandidate(3)]) } }, conflict()];
    const { mock, sent } = decideMock(() => answers.shift()!);
    render([boardMock(aBoard()), mock]);
    await rowOf('学生2');
    await choose('学生2的录取决定', '录取');
    expect(await screen.findByText('已将学生2调整为“录取”。')).toBeTruthy();
    expect(sent).toEqual([{ applicationId: '2', decision: 'admitted', version: 3 }]);
    expect(await screen.findByText('已人工调整')).toBeTruthy();
    await choose('学生3的录取决定', '不录取');
    expect(await screen.findByText('该学生的录取决定刚被他人修改，已重新加载，请核对后再操作。')).toBeTruthy();
  });

  it('R-SEL-4 发布录取结果 refused by the server names the rule and the discipline in Chinese', async () => {
    render([boardMock(aBoard()), publishMock(violation('R-SEL-4', 'physics'))]);
    fireEvent.click(await screen.findByRole('button', { name: '发布录取结果' }));
    fireEvent.click(await screen.findByRole('button', { name: /确\s?定/ }));
    expect(await screen.findByText('面试人数与录取人数之比低于 3:1（R-SEL-4）：物理学')).toBeTruthy();
  });

  it('after publication the decisions are fixed and the notice period is shown', async () => {
    render([boardMock(aBoard({ publishedAt: '2025-12-28T02:00:00.000Z', noticeEndsAt: '2026-01-02T02:00:00.000Z', violations: [] }))]);
    expect(await screen.findByText('录取结果已于 2025-12-28 10:00 发布，公示至 2026-01-02 10:00。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '发布录取结果' })).toBeNull();
    await waitFor(() => expect(screen.queryByRole('combobox', { name: '学生1的录取决定' })).toBeNull());
  });
});
