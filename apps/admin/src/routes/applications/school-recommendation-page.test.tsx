import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cycleListMock, cycleSettingsMock } from '../../test/fixtures/cycle';
import { anOfficeStaffMember } from '../../test/fixtures/session';
import { renderInConsole } from '../../test/render-in-console';
import { aSchoolCoordinator, ruleViolation } from '../participation/participation-fixtures';
import { aSchool, schoolsMock } from '../schools/list/schools-fixtures';
import { anApplication, conflict, decided, recommendMock, schoolApplicationsMock } from './application-fixtures';
import { SchoolRecommendationPage } from './school-recommendation-page';

const submitted = anApplication();
const recommended = anApplication({ id: '2', applicationNumber: 'SX2026-00002', name: '李同学', status: 'SCHOOL_RECOMMENDED', version: 3 });

const rowOf = async (number: string) => (await screen.findByRole('button', { name: number })).closest('tr') as HTMLElement;

function renderPage(mocks: Parameters<typeof renderInConsole>[1], path = '/', account = aSchoolCoordinator()) {
  return renderInConsole(<SchoolRecommendationPage />, [cycleListMock([2026]), cycleSettingsMock(), ...mocks], path, account);
}

// antd's tables, dialogs and selects are slow to render in happy-dom.
describe('学校推荐 for the school coordinator', { timeout: 30_000 }, () => {
  it('lists the school’s submitted applications and opens the whole application in a drawer', async () => {
    const { mock, sentVariables } = schoolApplicationsMock(() => ({ rows: [submitted, recommended], total: 2 }));
    renderPage([mock]);

    const row = await rowOf('SX2026-00001');
    for (const text of ['张同学', '高二 高二（1）班', '第1志愿：王老师', '学科 10 · 总 20 / 400 人', '2025-11-10 10:00', '已提交']) {
      expect(within(row).getByText(text)).toBeTruthy();
    }
    expect(await within(row).findByText('物理学')).toBeTruthy();
    expect(within(await rowOf('SX2026-00002')).queryByRole('button', { name: '推荐' })).toBeNull();
    expect(sentVariables[0]).toEqual({ year: 2026, filter: {}, page: { page: 1, pageSize: 20 } });

    fireEvent.click(within(row).getByRole('button', { name: 'SX2026-00001' }));
    const drawer = await screen.findByRole('dialog');
    expect(within(drawer).getByText('报名详情：SX2026-00001 张同学')).toBeTruthy();
    expect(within(drawer).getByText('我喜欢物理。')).toBeTruthy();
    expect(within(drawer).getByText('140105********1234')).toBeTruthy();
  });

  it('R-APP-4 recommends with a note, sent with the version read; the list is read again', async () => {
    const { mock, sentVariables: listed } = schoolApplicationsMock(() => ({ rows: [submitted], total: 1 }));
    const { mock: recommend, sentVariables } = recommendMock(() =>
      decided('recommendApplication', submitted, { status: 'SCHOOL_RECOMMENDED', schoolNote: '成绩优异' }));
    renderPage([mock, recommend]);

    fireEvent.click(within(await rowOf('SX2026-00001')).getByRole('button', { name: '推荐' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('推荐：SX2026-00001 张同学')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('说明'), { target: { value: ' 成绩优异 ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /^推\s*荐$/ }));

    expect(await screen.findByText('已推荐 SX2026-00001 张同学，等待省级管理办公室资料审核。')).toBeTruthy();
    expect(sentVariables).toEqual([{ id: '1', version: 2, recommend: true, note: '成绩优异' }]);
    await waitFor(() => expect(listed.length).toBeGreaterThanOrEqual(2));
  });

  it('R-APP-4 a decline needs a note: nothing is sent without one', async () => {
    const { mock } = schoolApplicationsMock(() => ({ rows: [submitted], total: 1 }));
    const { mock: recommend, sentVariables } = recommendMock(() =>
      decided('recommendApplication', submitted, { status: 'SCHOOL_DECLINED', schoolNote: '年级排名与学校记录不符' }));
    renderPage([mock, recommend]);

    fireEvent.click(within(await rowOf('SX2026-00001')).getByRole('button', { name: '不推荐' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '不推荐' }));
    expect(await within(dialog).findByText('请填写不推荐的说明')).toBeTruthy();
    expect(sentVariables).toEqual([]);

    fireEvent.change(within(dialog).getByLabelText('说明'), { target: { value: '年级排名与学校记录不符' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '不推荐' }));
    expect(await screen.findByText('已将 SX2026-00001 张同学 标记为学校未推荐。')).toBeTruthy();
    expect(sentVariables).toEqual([{ id: '1', version: 2, recommend: false, note: '年级排名与学校记录不符' }]);
  });

  it('a CONFLICT shows its message and keeps the row', async () => {
    const { mock, sentVariables: listed } = schoolApplicationsMock(() => ({ rows: [submitted], total: 1 }));
    const { mock: recommend } = recommendMock(() => conflict(submitted));
    renderPage([mock, recommend]);

    fireEvent.click(within(await rowOf('SX2026-00001')).getByRole('button', { name: '推荐' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: /^推\s*荐$/ }));

    expect(await screen.findByText('SX2026-00001 已被他人处理，列表已刷新，请查看最新状态。')).toBeTruthy();
    await waitFor(() => expect(listed.length).toBeGreaterThanOrEqual(2));
    expect(await rowOf('SX2026-00001')).toBeTruthy();
  });

  it('R-APP-4 after the school’s deadline the refusal is said in Chinese and the note is kept in the dialog', async () => {
    const { mock } = schoolApplicationsMock(() => ({ rows: [submitted], total: 1 }));
    const { mock: recommend } = recommendMock(() =>
      ruleViolation([{ rule: 'R-APP-4', message: 'the window has closed: its last day was 2025-11-30 (today is 2025-12-01)' }]));
    renderPage([mock, recommend]);

    fireEvent.click(within(await rowOf('SX2026-00001')).getByRole('button', { name: '不推荐' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('说明'), { target: { value: '材料不全' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '不推荐' }));

    expect(await within(dialog).findByText('R-APP-4：学校推荐已截止（最后一天为 2025-11-30）。如需延期，请联系省级管理办公室。')).toBeTruthy();
    expect((within(dialog).getByLabelText('说明') as HTMLTextAreaElement).value).toBe('材料不全');
  });
});

describe('学校推荐 for the office', { timeout: 30_000 }, () => {
  it('reads a school’s list from a link with its filters, and offers no decision', async () => {
    const { mock, sentVariables } = schoolApplicationsMock(() => ({ rows: [submitted], total: 1 }));
    const { mock: schools } = schoolsMock(() => ({ rows: [aSchool({ id: 'school-5', name: '太原市第五中学' })], total: 1 }));
    renderPage([mock, schools], '/?school=school-5&status=SUBMITTED&sort=submittedAt&direction=desc', anOfficeStaffMember());

    const row = await rowOf('SX2026-00001');
    expect(sentVariables[0]).toEqual({
      year: 2026,
      filter: { status: 'SUBMITTED', schoolId: 'school-5' },
      page: { page: 1, pageSize: 20 },
      sort: { field: 'SUBMITTED_AT', direction: 'DESC' },
    });
    expect(within(row).queryByRole('button', { name: '推荐' })).toBeNull();
    expect(screen.getByRole('combobox', { name: '学校' })).toBeTruthy();
  });
});
