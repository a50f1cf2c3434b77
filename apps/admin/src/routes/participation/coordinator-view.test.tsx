import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cycleListMock } from '../../test/fixtures/cycle';
import { renderInConsole } from '../../test/render-in-console';
import {
  aParticipation,
  aSchoolCoordinator,
  participationCycleMock,
  participationsMock,
  ruleViolation,
  sentRow,
  submitMock,
} from './participation-fixtures';
import { ParticipationPage } from './participation-page';
import { choose } from '../../test/choose-option';

/** Pick an option of an antd Select by its label. */
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const valueOf = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value;

const renderAsCoordinator = (mocks: Parameters<typeof renderInConsole>[1]) =>
  renderInConsole(<ParticipationPage />, [cycleListMock([2026]), participationCycleMock(), ...mocks], '/', aSchoolCoordinator());

// antd's forms and selects are slow to render in happy-dom.
describe('参与中学 for a school coordinator', { timeout: 30_000 }, () => {
  it('R-ORG-2 sends the guidance team to submitParticipation and shows a RULE_VIOLATION as Chinese lines naming R-ORG-2, keeping what was typed', async () => {
    const { mock: list } = participationsMock(() => ({ rows: [], total: 0 }));
    const { mock: submit, sentVariables } = submitMock(() =>
      ruleViolation([
        { rule: 'R-SCOPE-3', message: 'the window has closed: its last day was 2025-09-30 (today is 2026-11-25)' },
        { rule: 'R-ORG-2', message: 'guidance teacher 1 (赵强): discipline "physics" is not one of the cycle\'s disciplines' },
        { rule: 'R-ORG-2', message: 'a message the console does not know' },
      ]),
    );
    renderAsCoordinator([list, submit]);

    expect(await screen.findByText('未提交')).toBeTruthy();
    expect(screen.getByText('太原市第五中学')).toBeTruthy();
    expect(screen.getByText('申请时间：2025-07-01 至 2025-09-30')).toBeTruthy();

    type('负责人姓名', ' 李明 ');
    type('负责人职务', '副校长');
    type('负责人电话', '0351-1234567');
    type('联络人姓名', '王芳');
    type('联络人电话', '13812345678');
    await choose(screen.getByRole('combobox', { name: '第 1 位指导教师的学科' }), '物理学');
    type('第 1 位指导教师的姓名', '赵强');
    type('第 1 位指导教师的电话', '13900000000');
    fireEvent.click(screen.getByRole('button', { name: '提交申请' }));

    const alert = await screen.findByRole('alert');
    expect(sentVariables).toEqual([
      {
        year: 2026,
        schoolId: 'school-5',
        team: {
          leader: { name: '李明', title: '副校长', phone: '0351-1234567' },
          contact: { name: '王芳', phone: '13812345678' },
          teachers: [{ disciplineCode: 'physics', person: { name: '赵强', phone: '13900000000' } }],
        },
      },
    ]);
    expect(within(alert).getByText('申请未被接受，请按以下规则修改后重新提交：')).toBeTruthy();
    const lines = within(alert).getAllByRole('listitem').map((li) => li.textContent);
    expect(lines).toEqual([
      'R-SCOPE-3：参与中学申请时间已截止（最后一天为 2025-09-30）。如需延期，请联系省级管理办公室。',
      'R-ORG-2：第 1 位指导教师：学科“physics”不属于本周期的学科。',
      'R-ORG-2：a message the console does not know',
    ]);
    // Nothing typed is lost.
    expect(valueOf('负责人姓名')).toBe(' 李明 ');
    expect(valueOf('联络人电话')).toBe('13812345678');
    expect(valueOf('第 1 位指导教师的电话')).toBe('13900000000');
  });

  it('R-ORG-2 will not send a team without a contact phone or a guidance teacher', async () => {
    const { mock: list } = participationsMock(() => ({ rows: [], total: 0 }));
    const { mock: submit, sentVariables } = submitMock(() => ({ data: { submitParticipation: sentRow(aParticipation()) } }));
    renderAsCoordinator([list, submit]);
    await screen.findByText('未提交');

    type('负责人姓名', '李明');
    type('联络人姓名', '王芳');
    fireEvent.click(screen.getByRole('button', { name: /移除 1/ }));
    fireEvent.click(screen.getByRole('button', { name: '提交申请' }));

    expect(await screen.findByText('请填写职务（团队负责人须为校领导）')).toBeTruthy();
    expect(screen.getByText('请填写电话')).toBeTruthy();
    expect(screen.getByText('请至少添加一位指导教师')).toBeTruthy();
    expect(sentVariables).toEqual([]);
  });

  it('R-SCOPE-3 shows 未通过 with the reason, starts from the last team and asks for the masked phones again', async () => {
    const rejected = aParticipation({ status: 'REJECTED', rejectionReason: '请补充指导教师', decidedAt: '2025-08-05T01:00:00.000Z', version: 2 });
    const { mock: list } = participationsMock(() => ({ rows: [rejected], total: 1 }));
    const { mock: submit, sentVariables } = submitMock(() => ({ data: { submitParticipation: sentRow({ ...rejected, status: 'SUBMITTED' }) } }));
    renderAsCoordinator([list, submit]);

    expect(await screen.findByText('未通过')).toBeTruthy();
    expect(screen.getByText('未通过原因：请补充指导教师')).toBeTruthy();
    expect(screen.getByText('2025-08-01 10:30')).toBeTruthy();
    expect(valueOf('负责人姓名')).toBe('李明');
    expect(valueOf('联络人电话')).toBe('');

    fireEvent.click(screen.getByRole('button', { name: '重新提交' }));
    expect(await screen.findByText('已提交的号码为 138****5678，出于隐私保护不会显示原号码，请重新填写')).toBeTruthy();
    expect(sentVariables).toEqual([]);

    type('负责人电话', '0351-1234567');
    type('联络人电话', '13812345678');
    type('第 1 位指导教师的电话', '13900000000');
    fireEvent.click(screen.getByRole('button', { name: '重新提交' }));
    expect(await screen.findByText('申请已提交，等待省级管理办公室审核。')).toBeTruthy();
    expect(sentVariables[0]?.team).toEqual({
      leader: { name: '李明', title: '副校长', phone: '0351-1234567' },
      contact: { name: '王芳', phone: '13812345678' },
      teachers: [{ disciplineCode: 'physics', person: { name: '赵强', phone: '13900000000' } }],
    });
  });

  it('an approved school sees its team, masked, and no form', async () => {
    const { mock: list } = participationsMock(() => ({ rows: [aParticipation({ status: 'APPROVED' })], total: 1 }));
    renderAsCoordinator([list]);
    expect(await screen.findByText('已通过')).toBeTruthy();
    expect(screen.getByText('王芳 138****5678')).toBeTruthy();
    expect(screen.getByText('物理学：赵强 139****0000')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /提交/ })).toBeNull();
  });
});
