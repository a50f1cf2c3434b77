import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AdminDeclareConflictOfInterestDocument, AdminInterviewRubricDocument, AdminMyInterviewsDocument, AdminSubmitScoreSheetDocument } from '@yingcai/schema';
import { describe, expect, it } from 'vitest';
import { cycleListMock } from '../../test/fixtures/cycle';
import { renderInConsole } from '../../test/render-in-console';
import { aMentor, aMyInterview, answering, aSheet, failure, RUBRIC } from '../interviews/interview-fixtures';
import { ScoringPage } from './scoring-page';

const page = (rows: ReturnType<typeof aMyInterview>[]) => ({ data: { myInterviews: { __typename: 'MyInterviewPage', total: rows.length, rows } } });
const rubric = answering(AdminInterviewRubricDocument, () => ({ data: { interviewRubric: RUBRIC } }));

function renderScoring(rows: ReturnType<typeof aMyInterview>[], ...mocks: ReturnType<typeof answering>['mock'][]) {
  const list = answering(AdminMyInterviewsDocument, () => page(rows));
  renderInConsole(<ScoringPage />, [cycleListMock([2026]), list.mock, rubric.mock, ...mocks], '/', aMentor());
  return list;
}

const openForm = async () => {
  const row = (await screen.findByRole('cell', { name: 'SX2026-00001' })).closest('tr') as HTMLElement;
  fireEvent.click(within(row).getByRole('button', { name: '评分' }));
  return screen.findByRole('dialog');
};
const type = (dialog: HTMLElement, label: string, value: string) => fireEvent.change(within(dialog).getByLabelText(label), { target: { value } });

// antd's tables and modals are slow to render in happy-dom.
describe('面试评分 for a panel member', { timeout: 30_000 }, () => {
  it('R-SEL-5 lists the member’s interviewees with the slot, and asks only those without a conflict', async () => {
    renderScoring([aMyInterview(), aMyInterview({ assignmentId: '22', applicationNumber: 'SX2026-00002', name: '李同学', asked: false, sheet: aSheet({ conflict: true, total: null, points: [] }) })]);
    const first = (await screen.findByRole('cell', { name: 'SX2026-00001' })).closest('tr') as HTMLElement;
    expect(within(first).getByText('2025-12-20 09:00–12:00')).toBeTruthy();
    expect(within(first).getByText('山西大学物理楼 201')).toBeTruthy();
    expect(within(first).getByText('待评分')).toBeTruthy();
    const conflicted = screen.getByRole('cell', { name: 'SX2026-00002' }).closest('tr') as HTMLElement;
    expect(within(conflicted).getByText('已申请回避')).toBeTruthy();
    expect(within(conflicted).queryByRole('button', { name: '评分' })).toBeNull();
  });

  it('R-SEL-5 points above a criterion’s maximum are refused in the form, naming the criterion; a good sheet is sent with every criterion', async () => {
    const submit = answering(AdminSubmitScoreSheetDocument, () => ({ data: { submitScoreSheet: aMyInterview({ sheet: aSheet() }) } }));
    renderScoring([aMyInterview()], submit.mock);
    const dialog = await openForm();
    type(dialog, '科研潜质（满分 40）', '45');
    type(dialog, '学科基础（满分 30）', '26');
    type(dialog, '表达与思维（满分 30）', '28');
    fireEvent.click(within(dialog).getByRole('button', { name: '提交评分' }));
    expect(await within(dialog).findByText('科研潜质得分须为 0–40 的整数')).toBeTruthy();
    expect(submit.sentVariables).toEqual([]);

    type(dialog, '科研潜质（满分 40）', '36');
    type(dialog, '评语', '思路清晰');
    expect(await within(dialog).findByText('总分：90 / 100')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: '提交评分' }));
    await waitFor(() => expect(submit.sentVariables).toHaveLength(1));
    expect(submit.sentVariables[0]).toEqual({
      assignmentId: '21',
      input: { points: [{ criterion: 'research_potential', points: 36 }, { criterion: 'foundation', points: 26 }, { criterion: 'expression', points: 28 }], comment: '思路清晰' },
    });
    expect(await screen.findByText('已提交对 张同学 的评分。')).toBeTruthy();
  });

  it('R-SEL-5 the API’s refusal of a criterion is shown on that criterion in Chinese', async () => {
    const submit = answering(AdminSubmitScoreSheetDocument, () => failure('BAD_USER_INPUT', { field: 'foundation', criterion: '学科基础' }));
    renderScoring([aMyInterview({ sheet: aSheet() })], submit.mock);
    const dialog = await openForm();
    expect((within(dialog).getByLabelText('科研潜质（满分 40）') as HTMLInputElement).value).toBe('36');
    fireEvent.click(within(dialog).getByRole('button', { name: '提交评分' }));
    expect(await within(dialog).findByRole('alert')).toBeTruthy();
    expect(within(dialog).getAllByText('学科基础得分须为 0–30 的整数').length).toBeGreaterThan(0);
  });

  it('R-SEL-5 a conflict of interest is declared with its reason', async () => {
    const declare = answering(AdminDeclareConflictOfInterestDocument, () => ({ data: { declareConflictOfInterest: aMyInterview({ asked: false, sheet: aSheet({ conflict: true, total: null, points: [] }) }) } }));
    renderScoring([aMyInterview()], declare.mock);
    const dialog = await openForm();
    fireEvent.click(within(dialog).getByRole('button', { name: '申请回避' }));
    fireEvent.click(within(dialog).getByRole('button', { name: '确认回避' }));
    expect(await within(dialog).findByText('请填写回避原因')).toBeTruthy();
    expect(declare.sentVariables).toEqual([]);
    type(dialog, '回避原因', '该生是我的亲属');
    fireEvent.click(within(dialog).getByRole('button', { name: '确认回避' }));
    await waitFor(() => expect(declare.sentVariables).toEqual([{ assignmentId: '21', reason: '该生是我的亲属' }]));
    expect(await screen.findByText('已申请回避 张同学 的面试评分。')).toBeTruthy();
  });
});
