import { screen } from '@testing-library/react';
import { AdminStepWindowsDocument } from '@yingcai/schema';
import { describe, expect, it } from 'vitest';
import { cycleListMock } from '../test/fixtures/cycle';
import { renderInConsole } from '../test/render-in-console';
import { StepWindowNotice } from './step-window-notice';

const windows = (open: boolean) => ({
  request: { query: AdminStepWindowsDocument, variables: { year: 2026 } },
  result: { data: { cycle: { __typename: 'Cycle', id: '2', stepWindows: [
    { __typename: 'StepWindow', step: 'review', startsOn: '2025-11-01', lastDay: '2025-11-30', open, rule: 'R-SEL-1' },
    { __typename: 'StepWindow', step: 'set_cut_offs', startsOn: '2025-12-01', lastDay: '2025-12-31', open: true, rule: 'R-SEL-3' },
  ] } } },
});

describe('issue 11: a page of an office step says up front when its window is closed', () => {
  it('R-SEL-1: the review page says its window, its rule and what to do', async () => {
    renderInConsole(<StepWindowNotice step="review" />, [cycleListMock([2026]), windows(false)]);
    expect(await screen.findByText('资料审核的时间窗口为 2025-11-01 至 2025-11-30（R-SEL-1），今天不在窗口内：此页的操作会被拒绝。如确需办理，请先在“时间窗口”中延长。')).toBeTruthy();
  });

  it('says nothing while the window is open', async () => {
    renderInConsole(<><StepWindowNotice step="set_cut_offs" /><span>页面</span></>, [cycleListMock([2026]), windows(false)]);
    await screen.findByText('页面');
    await new Promise((done) => setTimeout(done, 50));
    expect(screen.queryByRole('status')).toBeNull();
  });
});
