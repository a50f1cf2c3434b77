import { GraphQLError } from 'graphql';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { CopyCycleDocument, UpdateCycleDocument } from '@yingcai/schema';
import { describe, expect, it } from 'vitest';
import { aCycle, cycleListMock, cycleSettingsMock, DURING_INITIAL_EVALUATION } from '../../../test/fixtures/cycle';
import { anOfficeStaffMember } from '../../../test/fixtures/session';
import { renderInConsole } from '../../../test/render-in-console';
import { CycleSettingsPage } from './cycle-settings-page';

const page = (today = DURING_INITIAL_EVALUATION) => <CycleSettingsPage today={today} />;
const SETTINGS = {
  subjectRankTopPercent: 10, overallRankTopPercent: 15, maxMentorChoices: 2, interviewRatio: 3,
  assessmentWeight: 0.4, interviewWeight: 0.6, publicNoticeDays: 5, minAdmissions: 40, minTrainingSessions: 10,
};
const WINDOWS = aCycle().milestones.map(({ key, startsOn, endsOn }) => ({ key, startsOn, endsOn }));
// The contact as the form holds it: a part not filled in is blank, which the API stores as none.
const CONTACT = { office: '山西省中学生英才计划省级管理办公室', address: '', phone: '0351-0000000', email: '', hours: '' };

describe('周期设置: the office copies and edits a cycle (issue 11)', () => {
  it('an administrator reads the settings but has neither button', async () => {
    renderInConsole(page(), [cycleListMock([2026]), cycleSettingsMock()]);
    await screen.findByText('2026年山西省中学生英才计划');
    expect(screen.queryByRole('button', { name: '复制为新周期' })).toBeNull();
    expect(screen.queryByRole('button', { name: '修改设置' })).toBeNull();
  });

  it('copies 2026 as 2027 and says so', async () => {
    const copy = { request: { query: CopyCycleDocument, variables: { cycleId: '1', year: 2027 } }, result: { data: { copyCycle: { id: '3', year: 2027 } } } };
    renderInConsole(page(), [cycleListMock([2026]), cycleSettingsMock(), copy, cycleListMock([2026, 2027]), cycleSettingsMock(aCycle({ id: '3', year: 2027, name: '2027年山西省中学生英才计划' }))], '/', anOfficeStaffMember());
    fireEvent.click(await screen.findByRole('button', { name: '复制为新周期' }));
    expect((screen.getByLabelText('新周期年度') as HTMLInputElement).value).toBe('2027');
    fireEvent.click(screen.getByRole('button', { name: /^复\s*制$/ }));
    expect(await screen.findByText('已新建 2027 年度周期，可在页首切换查看。')).toBeTruthy();
    expect(await screen.findByText('2027年山西省中学生英才计划')).toBeTruthy();
  });

  it('a year that exists is refused in Chinese', async () => {
    const copy = { request: { query: CopyCycleDocument, variables: { cycleId: '1', year: 2027 } }, result: { errors: [new GraphQLError('exists', { extensions: { code: 'CONFLICT', reason: 'CYCLE_EXISTS' } })] } };
    renderInConsole(page(), [cycleListMock([2026]), cycleSettingsMock(), copy], '/', anOfficeStaffMember());
    fireEvent.click(await screen.findByRole('button', { name: '复制为新周期' }));
    fireEvent.click(screen.getByRole('button', { name: /^复\s*制$/ }));
    expect(await screen.findByText('未保存：本省该年度的周期已存在，不能重复创建。')).toBeTruthy();
  });

  it('R-SEL-4: a ratio below 1 is refused beside its rule before anything is sent', async () => {
    renderInConsole(page(), [cycleListMock([2026]), cycleSettingsMock()], '/', anOfficeStaffMember());
    fireEvent.click(await screen.findByRole('button', { name: '修改设置' }));
    fireEvent.change(screen.getByLabelText('面试与录取人数比'), { target: { value: '0.5' } });
    fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('R-SEL-4：须在 1 至 10 之间')).toBeTruthy();
  });

  it('once the cycle has opened a reason is asked for, and the change is sent with it', async () => {
    const update = {
      request: { query: UpdateCycleDocument, variables: { cycleId: '1', input: { name: '2026年山西省中学生英才计划', settings: SETTINGS, windows: WINDOWS, contact: CONTACT }, reason: '省厅通知' } },
      result: { data: { updateCycle: { id: '1', year: 2026 } } },
    };
    renderInConsole(page(), [cycleListMock([2026]), cycleSettingsMock(), update, cycleSettingsMock(), cycleListMock([2026])], '/', anOfficeStaffMember());
    fireEvent.click(await screen.findByRole('button', { name: '修改设置' }));
    expect(screen.getByText('本周期的第一个时间窗口已开始，修改须写明原因，并记入操作日志。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('请填写修改原因')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('修改原因'), { target: { value: '省厅通知' } });
    fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('周期设置已保存。')).toBeTruthy();
  });

  it('a window overlapping another cycle\'s is refused in Chinese', async () => {
    const update = {
      request: { query: UpdateCycleDocument, variables: { cycleId: '1', input: { name: '2026年山西省中学生英才计划', settings: SETTINGS, windows: WINDOWS, contact: CONTACT }, reason: null } },
      result: { errors: [new GraphQLError('overlap', { extensions: { code: 'BAD_USER_INPUT', reason: 'WINDOW_OVERLAPS', field: 'registration' } })] },
    };
    renderInConsole(page('2025-01-01'), [cycleListMock([2026]), cycleSettingsMock(), update], '/', anOfficeStaffMember());
    fireEvent.click(await screen.findByRole('button', { name: '修改设置' }));
    expect(screen.getByText('周期尚未开放，可不填原因；修改内容仍记入操作日志。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(screen.getByText(/同一环节不能在两个周期同时进行/)).toBeTruthy());
  });
});
