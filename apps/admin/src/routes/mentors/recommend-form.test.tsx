import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { aCycle, cycleListMock } from '../../test/fixtures/cycle';
import { renderInConsole } from '../../test/render-in-console';
import { ruleViolation } from '../participation/participation-fixtures';
import { aMentorRecord, anAppointment, recommendMock, sentAppointment, type Answer } from './mentor-fixtures';
import { RecommendForm } from './recommend-form';
import { choose } from '../../test/choose-option';

/** Pick an option of an antd Select by its label. */
function renderForm(answer: () => Answer) {
  const { mock, sentVariables } = recommendMock(answer);
  const onRecommended = vi.fn();
  renderInConsole(
    <RecommendForm year={2026} universityId="1" disciplines={aCycle().disciplines} onClose={() => undefined} onRecommended={onRecommended} />,
    [cycleListMock([2026]), mock],
  );
  return { sentVariables, onRecommended };
}

const dialog = () => screen.getByRole('dialog');
const type = (label: string | RegExp, value: string) => fireEvent.change(within(dialog()).getByLabelText(label), { target: { value } });

async function fillCandidate() {
  await screen.findByRole('dialog');
  type('姓名', ' 孙教授 ');
  await choose(within(dialog()).getByRole('combobox', { name: '学科' }), '数学');
  type('电子邮箱', 'sun@sxu.edu.cn');
  type('职称', '教授');
  const fields = within(dialog()).getByRole('combobox', { name: '研究方向' });
  fireEvent.change(fields, { target: { value: '数论' } });
  fireEvent.keyDown(fields, { key: 'Enter', code: 'Enter', keyCode: 13 });
  type('第 1 位成员的姓名', '吴老师');
  await choose(within(dialog()).getByRole('combobox', { name: '第 1 位成员的学位' }), '硕士');
  await choose(within(dialog()).getByRole('combobox', { name: '第 1 位成员的职称' }), '中级');
}

const submit = () => fireEvent.click(within(dialog()).getByRole('button', { name: /提交推荐/ }));

describe('推荐导师', { timeout: 30_000 }, () => {
  it('R-MENTOR-1 R-MENTOR-4 warns live while no honour is checked and the team is unqualified, and still sends the recommendation', async () => {
    const recommended = anAppointment({ status: 'RECOMMENDED', mentor: aMentorRecord({ name: '孙教授' }) });
    const { sentVariables, onRecommended } = renderForm(() => ({ data: { recommendMentor: sentAppointment(recommended) } }));
    expect(await screen.findByText(/^R-MENTOR-1：未持有导师通常应具备的称号/)).toBeTruthy();

    await fillCandidate();
    expect(await screen.findByText('R-MENTOR-4：吴老师 既无博士学位，也无副高及以上职称')).toBeTruthy();
    fireEvent.click(within(dialog()).getByLabelText('省级教学名师'));
    await waitFor(() => expect(screen.queryByText(/^R-MENTOR-1：/)).toBeNull());
    fireEvent.click(within(dialog()).getByLabelText('省级教学名师'));
    expect(await screen.findByText(/^R-MENTOR-1：/)).toBeTruthy();

    submit();
    await waitFor(() => expect(onRecommended).toHaveBeenCalledWith('孙教授'));
    expect(sentVariables).toEqual([
      {
        input: {
          year: 2026,
          universityId: '1',
          name: '孙教授',
          disciplineCode: 'mathematics',
          email: 'sun@sxu.edu.cn',
          title: '教授',
          honours: [],
          researchFields: ['数论'],
          profile: '',
          capacity: 2,
          team: [{ name: '吴老师', degree: 'MASTER', title: 'INTERMEDIATE' }],
        },
      },
    ]);
  });

  it('R-MENTOR-2 outside the window says so in Chinese, and a BAD_USER_INPUT field error sits under that field', async () => {
    let answer: Answer = ruleViolation([{ rule: 'R-MENTOR-2', message: 'the window has closed: its last day was 2025-10-31 (today is 2025-11-02)' }]);
    renderForm(() => answer);
    await fillCandidate();

    submit();
    expect(await screen.findByText(/R-MENTOR-2：导师推荐时间已截止（最后一天为 2025-10-31）/)).toBeTruthy();

    answer = { errors: [{ message: 'the candidate is invited by e-mail address', extensions: { code: 'BAD_USER_INPUT', field: 'email' } }] };
    submit();
    const fieldError = await screen.findByText('请填写候选人的电子邮箱，邀请将发送至该邮箱。');
    expect(fieldError.closest('.ant-form-item')?.textContent).toContain('电子邮箱');
  });
});
