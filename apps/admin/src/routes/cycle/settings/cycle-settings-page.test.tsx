import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aCycle, cycleListMock, cycleSettingsMock, DURING_INITIAL_EVALUATION } from '../../../test/fixtures/cycle';
import { renderInConsole } from '../../../test/render-in-console';
import { CycleSettingsPage } from './cycle-settings-page';

const page = <CycleSettingsPage today={DURING_INITIAL_EVALUATION} />;

describe('周期设置 (cycle settings page)', () => {
  it('shows the newest cycle with its disciplines', async () => {
    renderInConsole(page, [cycleListMock([2025, 2026]), cycleSettingsMock()]);
    expect(await screen.findByText('2026年山西省中学生英才计划')).toBeTruthy();
    for (const name of ['物理学', '数学', '计算机科学与技术', '化学', '生物学']) {
      expect(screen.getByRole('cell', { name })).toBeTruthy();
    }
    expect(screen.getByRole('cell', { name: 'computer_science' })).toBeTruthy();
    expect(screen.getByText('山西大学')).toBeTruthy();
    expect(screen.getByText('小店区')).toBeTruthy();
    expect(screen.getByText('山西省中学生英才计划省级管理办公室；0351-0000000')).toBeTruthy();
  });

  it('shows the rules from data, each with its rule ID (R-APP-2, R-SEL-4, R-SEL-6, R-TRAIN-4)', async () => {
    const cycle = aCycle({
      rules: {
        subjectRankTopPercent: 12,
        overallRankTopPercent: 18,
        interviewRatio: 4,
        minAdmissions: 45,
        minTrainingSessions: 11,
        assessmentWeight: 0.3,
        interviewWeight: 0.7,
        publicNoticeDays: 7,
        maxMentorChoices: 3,
      },
    });
    renderInConsole(page, [cycleListMock([2026]), cycleSettingsMock(cycle)]);
    const row = async (label: string) => (await screen.findByText(label)).closest('tr') as HTMLElement;

    expect((await row('单科成绩排名')).textContent).toContain('R-APP-2');
    expect((await row('单科成绩排名')).textContent).toContain('年级前 12%');
    expect((await row('综合成绩排名')).textContent).toContain('R-APP-2');
    expect((await row('综合成绩排名')).textContent).toContain('年级前 18%');
    expect((await row('面试与录取人数比')).textContent).toContain('R-SEL-4');
    expect((await row('面试与录取人数比')).textContent).toContain('不低于 4:1');
    expect((await row('录取人数')).textContent).toContain('R-SEL-6');
    expect((await row('录取人数')).textContent).toContain('不少于 45 人');
    expect((await row('培养活动次数')).textContent).toContain('R-TRAIN-4');
    expect((await row('培养活动次数')).textContent).toContain('每人不少于 11 次');
    expect((await row('录取排名权重')).textContent).toContain('R-SEL-5');
    expect((await row('录取排名权重')).textContent).toContain('潜质测评 0.3，面试 0.7');
    expect((await row('录取公示期')).textContent).toContain('7 天');
    expect((await row('可填报导师志愿数')).textContent).toContain('R-APP-3');
    expect((await row('可填报导师志愿数')).textContent).toContain('至多 3 位');
  });

  it('marks exactly one milestone of the schedule as current, and names it as the current phase', async () => {
    renderInConsole(page, [cycleListMock([2026]), cycleSettingsMock()]);
    await screen.findByText('学生培养');

    const current = document.querySelectorAll('[data-status="current"]');
    expect(current).toHaveLength(1);
    const currentRow = current[0]?.closest('tr') as HTMLElement;
    expect(within(currentRow).getByText('初期评价')).toBeTruthy();
    expect(within(currentRow).getByText('进行中')).toBeTruthy();
    expect(document.querySelectorAll('tr[aria-current="step"]')).toHaveLength(1);

    const statusOf = (name: string) => screen.getByRole('cell', { name }).closest('tr')?.querySelector('[data-status]');
    expect(statusOf('学生网上报名与审核')?.textContent).toBe('已结束');
    expect(statusOf('年度评价')?.textContent).toBe('未开始');
    expect(statusOf('学生培养')?.getAttribute('data-status')).toBe('open');
    // The overview names the phase by the milestone's name.
    expect(screen.getAllByText('初期评价').length).toBeGreaterThanOrEqual(2);
  });

  it('names a phase outside the schedule in words: 阶段间隙', async () => {
    renderInConsole(page, [cycleListMock([2026]), cycleSettingsMock(aCycle({ currentPhase: 'between' }))]);
    expect(await screen.findByText('阶段间隙')).toBeTruthy();
    expect(document.querySelectorAll('[data-status="current"]')).toHaveLength(0);
  });

  it('says in Chinese when the cycle cannot be loaded', async () => {
    renderInConsole(page, [
      cycleListMock([2026]),
      { request: cycleSettingsMock().request, error: new Error('network down') },
    ]);
    expect(await screen.findByText('周期数据加载失败，请稍后重试')).toBeTruthy();
    expect(screen.getByRole('button', { name: /重\s*试/ })).toBeTruthy();
  });

  it('shows a skeleton while loading', () => {
    renderInConsole(page, [cycleListMock([2026]), cycleSettingsMock()]);
    expect(document.querySelector('.ant-skeleton')).toBeTruthy();
  });

  it('says so when there is no cycle yet', async () => {
    renderInConsole(page, [cycleListMock([])]);
    expect(await screen.findByText('暂无周期')).toBeTruthy();
  });
});
