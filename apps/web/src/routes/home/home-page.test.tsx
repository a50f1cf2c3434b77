import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { getI18n } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { mockGraphQL, type GraphQLAnswer } from '../../test/graphql-mock';
import { buildHomeCycle, homeCycleAnswer, networkDown, noCycleYet } from './home-cycle.fixture';
import { HomePage } from './home-page';

function renderHome(answers: GraphQLAnswer[]) {
  const fetch = mockGraphQL(...answers);
  render(
    <MemoryRouter>
      <HomePage />
    </MemoryRouter>,
  );
  return fetch;
}

async function section(name: string) {
  const heading = await screen.findByRole('heading', { level: 2, name });
  return heading.closest('section')!;
}

describe('HomePage', () => {
  it('shows a loading state while the cycle loads', () => {
    renderHome([homeCycleAnswer()]);
    expect(screen.getByRole('status').textContent).toBe('正在加载…');
  });

  it('issue 11: 联系我们 is the cycle\'s contact, with no placeholder for a part the office has not filled in', async () => {
    renderHome([homeCycleAnswer()]);
    const contact = await section('联系我们');
    expect(within(contact).getByText('山西省中学生英才计划省级管理办公室（设在山西省科学技术馆）')).toBeTruthy();
    expect(within(contact).getByText('0351-0000000')).toBeTruthy();
    expect(within(contact).queryByText('电子邮箱')).toBeNull();
    expect(contact.textContent).not.toContain('待补充');
  });

  it('issue 11: a cycle without a contact yet says the office will publish it', async () => {
    renderHome([homeCycleAnswer(buildHomeCycle({ contact: null }))]);
    expect(within(await section('联系我们')).getByText('地址、电话和办公时间由省级管理办公室在本年度周期设置中公布。')).toBeTruthy();
  });

  it('R-SCOPE-1 lists the five disciplines from the data', async () => {
    renderHome([homeCycleAnswer()]);
    const items = within(await section('招生学科')).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['物理学', '数学', '计算机科学与技术', '化学', '生物学']);
  });

  it('R-SCOPE-1 shows whatever disciplines the cycle has', async () => {
    const disciplines = [{ code: 'geography', name: '地理学' }];
    renderHome([homeCycleAnswer(buildHomeCycle({ disciplines }))]);
    const items = within(await section('招生学科')).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['地理学']);
  });

  it("R-APP-1 names grade 10 and 11 and the cycle's districts", async () => {
    renderHome([homeCycleAnswer()]);
    const text = (await section('谁可以申请')).textContent;
    expect(text).toContain('高一或高二');
    expect(text).toContain('小店区、迎泽区');
  });

  it("R-APP-2 the eligibility sentence uses the cycle's percentages", async () => {
    const rules = { ...buildHomeCycle().rules, subjectRankTopPercent: 12, overallRankTopPercent: 18 };
    renderHome([homeCycleAnswer(buildHomeCycle({ rules }))]);
    const text = (await section('谁可以申请')).textContent;
    expect(text).toContain('科目的成绩排名位于本年级前12%');
    expect(text).toContain('总成绩排名位于本年级前18%');
    expect(text).not.toContain('10%');
  });

  it("R-SEL-4 R-SEL-6 R-TRAIN-4 selection uses the cycle's ratio, quota and sessions", async () => {
    const rules = { ...buildHomeCycle().rules, interviewRatio: 4, minAdmissions: 50, minTrainingSessions: 12 };
    renderHome([homeCycleAnswer(buildHomeCycle({ rules }))]);
    const text = (await section('如何选拔')).textContent;
    expect(text).toContain('不低于4:1');
    expect(text).toContain('不少于50名');
    expect(text).toContain('不少于12次');
  });

  it('marks the current phase in the schedule', async () => {
    renderHome([homeCycleAnswer()]);
    const steps = within(await section('年度日程')).getAllByRole('listitem');
    const current = steps.filter((li) => li.getAttribute('aria-current') === 'step');
    expect(current).toHaveLength(1);
    expect(current[0]?.textContent).toContain('导师面试');
  });

  it('shows a Chinese error message and retries', async () => {
    renderHome([networkDown(), homeCycleAnswer()]);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('加载失败，请检查网络后重试。');
    fireEvent.click(within(alert).getByRole('button', { name: '重试' }));
    expect(await section('招生学科')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says the cycle is not published yet when the API has none', async () => {
    renderHome([noCycleYet()]);
    expect(await screen.findByText('本年度的招生信息尚未发布，请稍后再来查看。')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('R-APP-2 speaks English after the switch, with the same numbers', async () => {
    renderHome([homeCycleAnswer()]);
    await section('谁可以申请');
    await act(() => getI18n().changeLanguage('en'));
    const text = (await section('Who can apply')).textContent;
    expect(text).toContain('top 10% of your grade');
    expect(text).toContain('top 15% of your grade');
  });
});
