import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { AdminRemindUnfinishedDraftsDocument, AdminSelectionFunnelDocument } from '@yingcai/schema';
import { describe, expect, it } from 'vitest';
import { cycleListMock } from '../../test/fixtures/cycle';
import { anOfficeStaffMember } from '../../test/fixtures/session';
import { renderInConsole } from '../../test/render-in-console';
import { funnelChartOption } from './funnel-chart';
import { funnelRows } from './funnel-rows';
import { SelectionDashboardPage } from './dashboard-page';

const STAGES = ['applied', 'recommended', 'conformant', 'assessed', 'invited', 'interviewed', 'admitted'];
const steps = (counts: number[]) =>
  counts.map((count, i) => ({ __typename: 'FunnelStep', stage: STAGES[i]!, count, ratioToPrevious: i === 0 || counts[i - 1] === 0 ? null : count / counts[i - 1]! }));
const funnel = {
  __typename: 'SelectionFunnel',
  unfinishedDrafts: 4,
  overall: steps([12, 9, 9, 9, 6, 6, 2]),
  disciplines: [
    { __typename: 'DisciplineFunnel', disciplineCode: 'physics', disciplineName: '物理学', steps: steps([9, 6, 6, 6, 6, 6, 2]) },
    { __typename: 'DisciplineFunnel', disciplineCode: 'biology', disciplineName: '生物学', steps: steps([3, 3, 3, 3, 0, 0, 0]) },
  ],
};
const funnelMock: MockLink.MockedResponse = {
  request: { query: AdminSelectionFunnelDocument, variables: { year: 2026 } },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: { data: { selectionFunnel: funnel } },
};

describe('遴选看板 (the selection funnel)', { timeout: 30_000 }, () => {
  it('shows a row per discipline and overall with each stage and its share of the stage before', async () => {
    renderInConsole(<SelectionDashboardPage />, [cycleListMock([2026]), funnelMock], '/', anOfficeStaffMember());
    const physics = (await screen.findByRole('cell', { name: '物理学' })).closest('tr') as HTMLElement;
    expect(within(physics).getByText('（67%）')).toBeTruthy();
    expect(within(physics).getAllByText('（33%）')).toHaveLength(1);
    const overall = screen.getByRole('cell', { name: '合计' }).closest('tr') as HTMLElement;
    expect(within(overall).getByText('12')).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: '入围面试' })).toBeTruthy();
    const biology = screen.getByRole('cell', { name: '生物学' }).closest('tr') as HTMLElement;
    expect(within(biology).getAllByText('（—）').length).toBeGreaterThan(0);
  });

  it('charts one series of bars per discipline over the stages, without the overall line', () => {
    const rows = funnelRows(funnel, '合计').filter((row) => row.key !== 'overall');
    const option = funnelChartOption(rows, STAGES);
    expect(option.series.map((s) => s.name)).toEqual(['物理学', '生物学']);
    expect(option.series[0]!.data).toEqual([9, 6, 6, 6, 6, 6, 2]);
    expect(option.xAxis.data).toEqual(STAGES);
  });

  it('R-APP-4 the office reminds every unfinished draft after confirming how many', async () => {
    const remind: MockLink.MockedResponse = {
      request: { query: AdminRemindUnfinishedDraftsDocument, variables: { year: 2026 } },
      result: { data: { remindUnfinishedDrafts: 4 } },
    };
    renderInConsole(<SelectionDashboardPage />, [cycleListMock([2026]), funnelMock, remind], '/', anOfficeStaffMember());
    expect(await screen.findByText('4 份报名草稿尚未提交')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '提醒全部未提交的申请人' }));
    expect(await screen.findByText('向 4 位尚未提交报名的申请人发送提醒？')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /确\s*定|OK/ }));
    expect(await screen.findByText('已向 4 位申请人发送提醒。')).toBeTruthy();
  });
});
