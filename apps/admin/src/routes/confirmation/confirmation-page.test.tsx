import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cycleListMock } from '../../test/fixtures/cycle';
import { anOfficeStaffMember } from '../../test/fixtures/session';
import { renderInConsole } from '../../test/render-in-console';
import { aBoard, admitMock, boardMock, lapseMock, violation } from './confirmation-fixtures';
import { ConfirmationPage } from './confirmation-page';

const render = (mocks: Parameters<typeof renderInConsole>[1]) => renderInConsole(<ConfirmationPage />, [cycleListMock([2026]), ...mocks], '/', anOfficeStaffMember());
// The disciplines' table comes first; the offers table below names disciplines too.
const rowOf = async (discipline: string) => (await screen.findAllByRole('cell', { name: discipline }))[0]!.closest('tr') as HTMLElement;

// antd's tables are slow to render in happy-dom.
describe('R-SEL-4 R-SEL-5 录取确认 (admission confirmation)', { timeout: 30_000 }, () => {
  it('R-SEL-4 shows per discipline the replies, the ratio’s room, the waiting list in order, and the offers with why a place stayed empty', async () => {
    render([boardMock(aBoard())]);
    const physics = await rowOf('物理学');
    expect(within(physics).getAllByRole('cell').slice(1, 6).map((cell) => cell.textContent)).toEqual(['9', '1', '2', '1', '3']);
    expect(within(physics).getByText('不可再递补（R-SEL-4）：面试 9 人，按 3:1 至多录取 3 人')).toBeTruthy();
    expect(screen.queryByText(/in physics/)).toBeNull();
    expect(within(physics).getByText('2. SX2026-00005 学生005')).toBeTruthy();
    expect((within(physics).getByRole('button', { name: '递补录取 学生005' }) as HTMLButtonElement).disabled).toBe(true);
    expect(within(await rowOf('化学')).getByText('可递补 1 人')).toBeTruthy();
    expect(screen.getByText(/录取确认截止日期：2026-01-05。/)).toBeTruthy();
    expect(screen.getByText('全省：面试 15 人，占用录取名额 4 人，按比例最多录取 5 人。')).toBeTruthy();
    expect(screen.getByText('候补名单已空')).toBeTruthy();
    expect(screen.getByText('SX2026-00004 学生004')).toBeTruthy();
  });

  it('R-SEL-4 the manual offer asks first and sends the version read; a refusal by the ratio is said in Chinese', async () => {
    const answers = [violation('R-SEL-4', 'overall, 15 interviewees for 6 admitted is below 3 : 1'), { data: { admitFromWaitlist: aBoard() } }];
    const { mock, sent } = admitMock(() => answers.shift()!);
    render([boardMock(aBoard()), mock]);
    const chemistry = await rowOf('化学');
    fireEvent.click(within(chemistry).getByRole('button', { name: '递补录取 学生021' }));
    fireEvent.click(await screen.findByRole('button', { name: '确认递补' }));
    expect(await screen.findByText('递补会使面试人数与录取人数之比低于 3:1（R-SEL-4），未递补。')).toBeTruthy();
    expect(sent).toEqual([{ applicationId: '21', version: 4 }]);
    fireEvent.click(within(chemistry).getByRole('button', { name: '递补录取 学生021' }));
    fireEvent.click((await screen.findAllByRole('button', { name: '确认递补' })).at(-1)!);
    expect(await screen.findByText('已将名额递补给 学生021。')).toBeTruthy();
  });

  it('R-SEL-5 the lapse of unconfirmed admissions waits for the deadline, then runs after a confirmation', async () => {
    const before = render([boardMock(aBoard({ lapsable: 0 }))]);
    expect(((await screen.findByRole('button', { name: '将逾期未确认者标记为放弃（0 人）' })) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('截止日期过后才能将逾期未确认者标记为放弃。')).toBeTruthy();
    before.unmount();

    const { mock, sent } = lapseMock(aBoard({ deadlinePassed: true, lapsable: 0 }));
    render([boardMock(aBoard({ deadlinePassed: true, lapsable: 2 })), mock]);
    fireEvent.click(await screen.findByRole('button', { name: '将逾期未确认者标记为放弃（2 人）' }));
    fireEvent.click(await screen.findByRole('button', { name: '确认标记' }));
    expect(await screen.findByText('已处理逾期未确认的录取。')).toBeTruthy();
    expect(sent).toEqual([{ year: 2026 }]);
  });
});
