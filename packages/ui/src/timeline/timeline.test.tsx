// @vitest-environment happy-dom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../i18n/index';
import { Timeline, type TimelineMilestone } from './timeline';

const milestones: TimelineMilestone[] = [
  { key: 'registration', name: '学生报名', startsOn: '2025-11-01', endsOn: '2025-11-20' },
  { key: 'assessment', name: '潜质测评', startsOn: '2025-11-22', endsOn: '2025-11-30' },
  { key: 'interviews', name: '面试', startsOn: '2025-12-10', endsOn: '2025-12-31' },
  { key: 'training', name: '培养', startsOn: '2026-01-01', endsOn: '2026-12-31' },
];

const i18n = initI18n({ 'zh-CN': {}, en: {} });

beforeAll(async () => {
  await i18n.changeLanguage('zh-CN');
});
afterEach(cleanup);

function steps() {
  return screen.getAllByRole('listitem');
}

describe('Timeline', () => {
  it('marks exactly the current step and shows its badge', () => {
    render(<Timeline milestones={milestones} currentPhase="assessment" today="2025-11-25" />);
    const current = steps().filter((li) => li.getAttribute('aria-current') === 'step');
    expect(current).toHaveLength(1);
    expect(current[0]?.textContent).toContain('潜质测评');
    expect(within(current[0]!).getByText('当前阶段')).toBeTruthy();
    expect(screen.getAllByText('当前阶段')).toHaveLength(1);
  });

  it('marks the steps that ended before today as done', () => {
    render(<Timeline milestones={milestones} currentPhase="interviews" today="2025-12-15" />);
    const done = steps().filter((li) => li.className.includes('--ended'));
    expect(done.map((li) => li.textContent)).toEqual([
      expect.stringContaining('学生报名'),
      expect.stringContaining('潜质测评'),
    ]);
  });

  it('shows a step whose window overlaps the current step as open, not done', () => {
    const overlapping = [
      { key: 'pre_training', name: '前置培养', startsOn: '2025-09-01', endsOn: '2025-11-30' },
      ...milestones,
    ];
    render(<Timeline milestones={overlapping} currentPhase="registration" today="2025-11-10" />);
    const preTraining = steps()[0]!;
    expect(preTraining.className).toContain('--open');
    expect(preTraining.getAttribute('aria-current')).toBeNull();
    expect(steps()[1]?.getAttribute('aria-current')).toBe('step');
  });

  it('shows each window as months', () => {
    render(<Timeline milestones={milestones} currentPhase="training" today="2026-03-01" />);
    expect(screen.getByText('2026年1月–12月')).toBeTruthy();
  });

  it.each([
    ['not_started', '本年度尚未开始'],
    ['between', '当前处于两个阶段之间'],
    ['finished', '本年度已结束'],
  ])('marks no step when the phase is %s and says so', (phase, line) => {
    render(<Timeline milestones={milestones} currentPhase={phase} today="2025-12-05" />);
    expect(steps().filter((li) => li.hasAttribute('aria-current'))).toHaveLength(0);
    expect(screen.queryByText('当前阶段')).toBeNull();
    expect(screen.getByText(line)).toBeTruthy();
  });

  it('between two steps, only the steps that ended are done', () => {
    render(<Timeline milestones={milestones} currentPhase="between" today="2025-12-05" />);
    expect(steps().filter((li) => li.className.includes('--ended'))).toHaveLength(2);
  });

  it('before the cycle starts, no step is done or ongoing', () => {
    render(<Timeline milestones={milestones} currentPhase="not_started" />);
    expect(steps().every((li) => li.className.includes('--upcoming'))).toBe(true);
  });

  it('speaks English when switched', async () => {
    await act(() => i18n.changeLanguage('en'));
    render(<Timeline milestones={milestones} currentPhase="training" today="2026-03-01" />);
    expect(screen.getByText('Current')).toBeTruthy();
    expect(screen.getByText('Jan–Dec 2026')).toBeTruthy();
    await act(() => i18n.changeLanguage('zh-CN'));
  });
});
