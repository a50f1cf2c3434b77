import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cycleListMock } from '../../../test/fixtures/cycle';
import { anOfficeStaffMember } from '../../../test/fixtures/session';
import { renderInConsole } from '../../../test/render-in-console';
import { aBoard, aProposal, boardMock, conflict, publishMock, setCutOffMock, violation } from './cut-offs-fixtures';
import { CutOffsPage } from './cut-offs-page';

const render = (mocks: Parameters<typeof renderInConsole>[1]) => renderInConsole(<CutOffsPage />, [cycleListMock([2026]), ...mocks], '/', anOfficeStaffMember());
const rowOf = async (discipline: string) => (await screen.findByRole('cell', { name: discipline })).closest('tr') as HTMLElement;
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const button = (row: HTMLElement, name: string) => within(row).getByRole('button', { name }) as HTMLButtonElement;
const saved = { plannedAdmissions: 2, cutOff: 65, invited: 7, version: 1, proposal: aProposal({ cutOff: 65, invited: 7, required: 6, reachable: true, maxAdmissions: 2 }) };

// antd's tables and inputs are slow to render in happy-dom.
describe('R-SEL-3 R-SEL-4 分数线 (cut-offs)', { timeout: 30_000 }, () => {
  it('proposes as the planned admissions are typed, ties at the cut-off invited; a cut-off inviting too few says so and cannot be saved', async () => {
    render([boardMock(aBoard())]);
    const physics = await rowOf('物理学');
    expect(within(physics).getByText('8')).toBeTruthy();
    type('物理学计划录取人数', '2');
    await waitFor(() => expect(within(physics).getAllByText('65').length).toBeGreaterThan(0));
    expect(within(physics).getByText('7')).toBeTruthy();
    expect(within(physics).getByText('3.50 : 1')).toBeTruthy();
    expect(button(physics, '保 存').disabled).toBe(false);

    type('物理学分数线', '70');
    expect(await within(physics).findByText('邀请 5 人，少于所需的 6 人（R-SEL-4）')).toBeTruthy();
    expect(button(physics, '保 存').disabled).toBe(true);
    expect(button(physics, '发布名单').disabled).toBe(true);
  });

  it('R-SEL-3 a cleared cut-off says what is missing instead of inviting 0', async () => {
    render([boardMock(aBoard())]);
    const physics = await rowOf('物理学');
    type('物理学计划录取人数', '2');
    await waitFor(() => expect(within(physics).getAllByText('65').length).toBeGreaterThan(0));
    type('物理学分数线', '');
    expect(await within(physics).findByText('请填写分数线（R-SEL-3）；不录取该学科时，将计划录取人数设为 0')).toBeTruthy();
    expect(button(physics, '保 存').disabled).toBe(true);
  });

  it('R-SEL-4 a discipline with too few assessed says how many it may admit', async () => {
    render([boardMock(aBoard())]);
    const chemistry = await rowOf('化学');
    type('化学计划录取人数', '1');
    expect(await within(chemistry).findByText('已测评 2 人，不足 3 人；按比例最多录取 0 人')).toBeTruthy();
  });

  it('saves with the version read, then offers to publish; publishing sends the version and reports the invited', async () => {
    const { mock, sent } = setCutOffMock(() => ({ data: { setCutOff: aBoard(saved) } }));
    const published = publishMock(aBoard({ ...saved, version: 2, publishedAt: '2025-12-10T02:00:00.000Z' }));
    render([boardMock(aBoard()), mock, published.mock]);
    const physics = await rowOf('物理学');
    type('物理学计划录取人数', '2');
    await waitFor(() => expect(button(physics, '保 存').disabled).toBe(false));
    fireEvent.click(button(physics, '保 存'));
    expect(await screen.findByText('已保存物理学的分数线。')).toBeTruthy();
    expect(sent).toEqual([{ year: 2026, input: { disciplineCode: 'physics', plannedAdmissions: 2, cutOff: 65, version: null } }]);

    await waitFor(() => expect(button(physics, '发布名单').disabled).toBe(false));
    fireEvent.click(button(physics, '发布名单'));
    expect(await screen.findByText('发布后，物理学成绩不低于 65 分的 7 名考生将收到面试邀请，分数线不能再改。确认发布？')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /确\s?定/ }));
    expect(await screen.findByText('已发布物理学的面试名单：7 人。')).toBeTruthy();
    expect(published.sent).toEqual([{ year: 2026, disciplineCode: 'physics', version: 1 }]);
    expect(await within(physics).findByText('已于 2025-12-10 10:00 发布')).toBeTruthy();
  });

  it('says in Chinese why the server refused: published already (R-SEL-3), the ratio with its limits (R-SEL-4), or changed by someone else (reloaded)', async () => {
    const answers = [violation('R-SEL-3'), violation('R-SEL-4', { invited: 4, required: 6, assessed: 8, maxAdmissions: 2 }), conflict()];
    const { mock } = setCutOffMock(() => answers.shift()!);
    render([boardMock(aBoard(saved)), mock]);
    const physics = await rowOf('物理学');
    type('物理学分数线', '60');
    await waitFor(() => expect(button(physics, '保 存').disabled).toBe(false));
    fireEvent.click(button(physics, '保 存'));
    expect(await screen.findByText('该学科面试名单已发布，计划人数和分数线不能再改（R-SEL-3）。')).toBeTruthy();
    fireEvent.click(button(physics, '保 存'));
    expect(await screen.findByText('按此分数线邀请 4 人，少于计划录取人数的 3 倍所需的 6 人（R-SEL-4）。该学科已测评 8 人，最多可计划录取 2 人；请降低分数线或减少计划人数。')).toBeTruthy();
    fireEvent.click(button(physics, '保 存'));
    expect(await screen.findByText('该学科的分数线刚被他人修改，已重新加载，请核对后再操作。')).toBeTruthy();
  });
});
