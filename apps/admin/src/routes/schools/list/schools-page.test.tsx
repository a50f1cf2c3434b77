import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cycleListMock, cycleSettingsMock } from '../../../test/fixtures/cycle';
import { anOfficeStaffMember } from '../../../test/fixtures/session';
import { renderInConsole } from '../../../test/render-in-console';
import { aSchool, created, createMock, schoolsMock } from './schools-fixtures';
import { SchoolsPage } from './schools-page';
import { choose } from '../../../test/choose-option';

/** Pick an option of an antd Select by its label. */
const fifth = aSchool();
const twelfth = aSchool({ id: 'school-12', name: '太原市第十二中学', districtCode: '140105', districtName: '小店区', ownership: 'PRIVATE', schoolType: 'COMPLETE' });
const render = (mocks: Parameters<typeof renderInConsole>[1]) =>
  renderInConsole(<SchoolsPage />, [cycleListMock([2026]), cycleSettingsMock(), ...mocks], '/', anOfficeStaffMember());

const rowOf = async (name: string) => (await screen.findByRole('cell', { name })).closest('tr') as HTMLElement;

// antd's tables and selects are slow to render in happy-dom.
describe('学校名录 (school register)', { timeout: 30_000 }, () => {
  it('asks the server for one page at a time, sorted and filtered, and exports with the same filters', async () => {
    const { mock, sentVariables } = schoolsMock(({ page }) => ({ rows: page?.page === 2 ? [twelfth] : [fifth], total: 45 }));
    render([mock]);
    const row = await rowOf('太原市第五中学');
    expect(within(row).getByText('迎泽区（140106）')).toBeTruthy();
    expect(within(row).getByText('高级中学')).toBeTruthy();
    expect(within(row).getByText('公办')).toBeTruthy();
    expect(screen.getByText('共 45 所学校')).toBeTruthy();
    expect(sentVariables[0]).toEqual({ page: { page: 1, pageSize: 20 }, filter: {} });

    fireEvent.click(screen.getByTitle('2'));
    expect(await screen.findByRole('cell', { name: '太原市第十二中学' })).toBeTruthy();
    expect(sentVariables.at(-1)).toEqual({ page: { page: 2, pageSize: 20 }, filter: {} });

    // Sorting starts again at the first page.
    fireEvent.click(screen.getByRole('columnheader', { name: /所在区县/ }));
    await waitFor(() => expect(sentVariables.at(-1)).toEqual({ page: { page: 1, pageSize: 20 }, filter: {}, sort: { field: 'DISTRICT', direction: 'ASC' } }));

    await choose(screen.getByRole('combobox', { name: '办学性质' }), '民办');
    await waitFor(() =>
      expect(sentVariables.at(-1)).toEqual({ page: { page: 1, pageSize: 20 }, filter: { ownership: 'PRIVATE' }, sort: { field: 'DISTRICT', direction: 'ASC' } }),
    );
    fireEvent.change(screen.getByLabelText('搜索学校名称'), { target: { value: ' 第十 ' } });
    fireEvent.keyDown(screen.getByLabelText('搜索学校名称'), { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => expect(sentVariables.at(-1)?.filter).toEqual({ ownership: 'PRIVATE', name: '第十' }));
    expect(screen.getByRole('link', { name: /导出 Excel/ }).getAttribute('href')).toBe(
      '/api/schools/export.xlsx?name=%E7%AC%AC%E5%8D%81&ownership=private&sort=district&direction=asc',
    );
  });

  it('adds a school with Chinese messages for what is missing, and says when the name is taken', async () => {
    const { mock } = schoolsMock(() => ({ rows: [fifth], total: 1 }));
    const { mock: create, sentVariables } = createMock(({ input }) =>
      input.name === '太原市第五中学'
        ? { errors: [{ message: 'a school named 太原市第五中学 is already in the register', extensions: { code: 'CONFLICT', field: 'name' } }] }
        : created(twelfth),
    );
    render([mock, create]);
    await rowOf('太原市第五中学');
    fireEvent.click(screen.getByRole('button', { name: /新增学校/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByText('请填写学校名称')).toBeTruthy();
    expect(within(dialog).getByText('请选择所在区县')).toBeTruthy();
    expect(sentVariables).toEqual([]);

    fireEvent.change(within(dialog).getByLabelText('学校名称'), { target: { value: ' 太原市第五中学 ' } });
    await choose(within(dialog).getByRole('combobox', { name: '所在区县' }), '迎泽区（140106）');
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByText('学校名录中已有名为“太原市第五中学”的学校。')).toBeTruthy();
    expect(sentVariables[0]).toEqual({ input: { name: '太原市第五中学', districtCode: '140106', schoolType: 'SENIOR_HIGH', ownership: 'PUBLIC' } });

    fireEvent.change(within(dialog).getByLabelText('学校名称'), { target: { value: '太原市第十二中学' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('已新增学校：太原市第十二中学')).toBeTruthy();
  });
});
