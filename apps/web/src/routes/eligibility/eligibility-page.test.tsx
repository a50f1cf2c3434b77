import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test/render-route';
import { eligibilityCycleAnswer, participatingSchoolsAnswer } from './eligibility.fixture';

const signedOut = { data: { me: null } };

function renderSelfCheck() {
  return renderRoute('/eligibility', { WebSession: signedOut, WebEligibilityCycle: eligibilityCycleAnswer(), WebParticipatingSchools: participatingSchoolsAnswer() });
}

interface Typed {
  grade?: RegExp;
  school?: string;
  subjectRank?: string;
  overallRank?: string;
  gradeSize?: string;
}

async function check({ grade = /高一/, school = '太原市成成中学', subjectRank = '', overallRank = '', gradeSize = '150' }: Typed) {
  fireEvent.click(await screen.findByRole('radio', { name: grade }));
  fireEvent.change(screen.getByRole('combobox', { name: '学校' }), { target: { value: screen.getByRole('option', { name: school }).getAttribute('value') } });
  fireEvent.change(screen.getByLabelText('物理学对应科目的年级排名'), { target: { value: subjectRank } });
  fireEvent.change(screen.getByLabelText('总成绩年级排名'), { target: { value: overallRank } });
  fireEvent.change(screen.getByLabelText('年级人数'), { target: { value: gradeSize } });
  fireEvent.click(screen.getByRole('button', { name: '开始自测' }));
}

const outcome = () => screen.getByRole('status', { name: /申请条件/ });
const sentences = () => within(outcome()).getAllByRole('listitem').map((li) => li.textContent);

describe('EligibilityPage (资格自测)', () => {
  it('R-APP-2 a subject rank of exactly ⌊150·10/100⌋ = 15 is eligible, saying the rule and the rounding; nothing is sent', async () => {
    const { api } = renderSelfCheck();
    await check({ subjectRank: '15' });
    expect(within(outcome()).getByRole('heading').textContent).toBe('符合申请条件');
    expect(sentences()).toEqual([
      '符合 R-APP-1：高一、高二学生可以申请，你是高一学生',
      '符合 R-APP-1：太原市成成中学是本年度的参与中学',
      '符合 R-APP-2：学科排名 15/150 在前 10%（150×10% 向下取整，即前 15 名）以内',
    ]);
    expect(api.sent.map((s) => s.operation).sort()).toEqual(['WebEligibilityCycle', 'WebParticipatingSchools', 'WebSession']);
  });

  it('R-APP-2 one place below the boundary (16 of 150) is not eligible; either route would do', async () => {
    renderSelfCheck();
    await check({ subjectRank: '16' });
    expect(within(outcome()).getByRole('heading').textContent).toBe('暂不符合申请条件');
    expect(sentences()).toContain('不符合 R-APP-2：学科排名 16/150 不在前 10%（150×10% 向下取整，即前 15 名）以内');
    expect(outcome().textContent).toContain('学科排名在前 10% 或总成绩排名在前 15%，满足其一即可');
  });

  it('R-APP-2 full-width digits typed on a Chinese keyboard are the numbers they are', async () => {
    renderSelfCheck();
    await check({ subjectRank: '１５', gradeSize: '１５０' });
    expect(within(outcome()).getByRole('heading').textContent).toBe('符合申请条件');
    expect(sentences()).toContain('符合 R-APP-2：学科排名 15/150 在前 10%（150×10% 向下取整，即前 15 名）以内');
  });

  it('R-APP-2 the overall rank alone can qualify', async () => {
    renderSelfCheck();
    await check({ overallRank: '22' });
    expect(sentences()).toContain('符合 R-APP-2：总成绩排名 22/150 在前 15%（150×15% 向下取整，即前 22 名）以内');
  });

  it('R-APP-1 a school not among the participating schools is not eligible', async () => {
    renderSelfCheck();
    await check({ school: '我的学校不在名单中', subjectRank: '3' });
    expect(within(outcome()).getByRole('heading').textContent).toBe('暂不符合申请条件');
    expect(sentences()).toContain('不符合 R-APP-1：只有本年度参与中学的学生可以申请，你的学校不在参与中学名单中');
  });

  it('R-APP-1 grade 其他 is not eligible', async () => {
    renderSelfCheck();
    await check({ grade: /其他/, subjectRank: '3' });
    expect(sentences()).toContain('不符合 R-APP-1：只有高一、高二学生可以申请');
  });

  it('a missing grade size is an error on its field, and no verdict is shown', async () => {
    renderSelfCheck();
    await check({ subjectRank: '3', gradeSize: '' });
    const field = screen.getByLabelText('年级人数');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(field.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent).toBe('请填写年级人数。');
    expect(screen.queryByRole('status', { name: /申请条件/ })).toBeNull();
  });

  it('a rank above the grade size and no rank at all are errors on the rank fields', async () => {
    renderSelfCheck();
    await check({ subjectRank: '151' });
    expect(screen.getByLabelText('物理学对应科目的年级排名').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toContain('排名不能大于年级人数。');
    await check({});
    expect(screen.getByRole('alert').textContent).toContain('请填写学科排名或总成绩排名（至少一项）。');
  });

  it('the search narrows the schools offered', async () => {
    renderSelfCheck();
    fireEvent.change(await screen.findByRole('searchbox', { name: '搜索学校' }), { target: { value: '进山' } });
    const options = within(screen.getByRole('combobox', { name: '学校' })).getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(['请选择', '太原市进山中学', '我的学校不在名单中']);
  });
});
