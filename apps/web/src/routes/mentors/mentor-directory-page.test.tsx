import { act, fireEvent, screen, within } from '@testing-library/react';
import { getI18n } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { failure } from '../../test/graphql-mock';
import { renderRoute } from '../../test/render-route';
import { buildMentorCard, directoryAnswer, mentorCycleAnswer, zhaoMath } from './mentors.fixture';

const signedOut = { data: { me: null } };
const both = directoryAnswer([buildMentorCard(), zhaoMath]);

function renderDirectory(path: string, directory: Parameters<typeof renderRoute>[1][string] = both) {
  return renderRoute(path, { WebSession: signedOut, WebMentorCycle: mentorCycleAnswer(), WebMentorDirectory: directory });
}

describe('MentorDirectoryPage (导师风采)', () => {
  it("R-APP-3 shows a card per mentor: name, title, university, research fields, profile; the initial when there is no photo", async () => {
    renderDirectory('/mentors');
    const card = await screen.findByRole('article', { name: /李光远/ });
    expect(card.textContent).toContain('教授');
    expect(card.textContent).toContain('山西大学 · 物理学');
    expect(within(within(card).getByRole('list', { name: '研究方向' })).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['量子光学', '量子信息']);
    expect(card.textContent).toContain('研究光与原子的相互作用。');
    expect(card.querySelector('.mentor-avatar')?.textContent).toBe('李');
    const photo = (await screen.findByRole('article', { name: /赵静怡/ })).querySelector('img');
    expect(photo?.getAttribute('src')).toBe('/mentor-photos/m-zhao');
    expect(within(card).getByRole('link', { name: '李光远' }).getAttribute('href')).toBe('/mentors/m-li?year=2026');
    expect(screen.getByText('共2位导师')).toBeTruthy();
  });

  it("R-SCOPE-1 offers the cycle's disciplines as chips and filters by the one chosen, in the address", async () => {
    const { api } = renderDirectory('/mentors');
    const chips = within(await screen.findByRole('navigation', { name: '按学科筛选' })).getAllByRole('link');
    expect(chips.map((c) => c.textContent)).toEqual(['全部学科', '物理学', '数学', '计算机科学与技术', '化学', '生物学']);
    expect(chips[0]?.getAttribute('aria-current')).toBe('page');
    fireEvent.click(chips[2]!);
    await screen.findByRole('link', { name: '数学', current: 'page' });
    await screen.findByRole('article', { name: /李光远/ });
    expect(api.sentOf('WebMentorDirectory').at(-1)?.variables).toMatchObject({ year: 2026, disciplineCode: 'mathematics', search: null, page: { page: 1, pageSize: 10 } });
  });

  it('searches by name or research field and keeps the discipline, from a shared link', async () => {
    const { api } = renderDirectory('/mentors?discipline=physics&q=%E9%87%8F%E5%AD%90');
    expect(await screen.findByRole('article', { name: /李光远/ })).toBeTruthy();
    expect((screen.getByLabelText('搜索导师') as HTMLInputElement).value).toBe('量子');
    expect(api.sentOf('WebMentorDirectory')[0]?.variables).toMatchObject({ disciplineCode: 'physics', search: '量子' });
    fireEvent.change(screen.getByLabelText('搜索导师'), { target: { value: ' 冷原子 ' } });
    fireEvent.click(screen.getByRole('button', { name: '搜索' }));
    await screen.findByRole('article', { name: /李光远/ });
    await expect.poll(() => api.sentOf('WebMentorDirectory').at(-1)?.variables).toMatchObject({ disciplineCode: 'physics', search: '冷原子' });
  });

  it('pages through the directory', async () => {
    const { api } = renderDirectory('/mentors?page=2', directoryAnswer([buildMentorCard()], 25));
    const pager = await screen.findByRole('navigation', { name: '分页' });
    expect(pager.textContent).toContain('第2页，共3页');
    fireEvent.click(within(pager).getByRole('link', { name: '下一页' }));
    await expect.poll(() => api.sentOf('WebMentorDirectory').at(-1)?.variables).toMatchObject({ page: { page: 3, pageSize: 10 } });
  });

  it('says so when no mentor matches the search', async () => {
    renderDirectory('/mentors?q=%E5%A4%A9%E6%96%87', directoryAnswer([]));
    expect(await screen.findByText('没有找到与“天文”相关的导师，请换个关键词试试。')).toBeTruthy();
  });

  it('shows an error with a retry when the directory fails to load', async () => {
    renderDirectory('/mentors', [new Error('offline'), both]);
    const alert = await screen.findByRole('alert');
    fireEvent.click(within(alert).getByRole('button', { name: '重试' }));
    expect(await screen.findByRole('article', { name: /李光远/ })).toBeTruthy();
  });

  it('says the mentors are not published when there is no cycle', async () => {
    renderRoute('/mentors', { WebSession: signedOut, WebMentorCycle: failure({ code: 'NOT_FOUND' }) });
    expect(await screen.findByText('本年度的导师名单尚未发布，请稍后再来查看。')).toBeTruthy();
  });

  it('is reached from the site navigation', async () => {
    renderRoute('/login', { WebSession: signedOut, WebMentorCycle: mentorCycleAnswer(), WebMentorDirectory: both });
    fireEvent.click(within(screen.getByRole('navigation', { name: '网站导航' })).getByRole('link', { name: '导师风采' }));
    expect(await screen.findByRole('heading', { level: 1, name: '导师风采' })).toBeTruthy();
    expect(await screen.findAllByRole('article')).toHaveLength(2);
  });

  it('speaks English when the visitor chose it, though its strings load with the page', async () => {
    renderDirectory('/mentors');
    expect(await screen.findByRole('heading', { level: 1, name: '导师风采' })).toBeTruthy();
    await act(() => getI18n().changeLanguage('en'));
    expect(screen.getByRole('heading', { level: 1, name: 'Our mentors' })).toBeTruthy();
    expect(await screen.findByText('2 mentors')).toBeTruthy();
  });
});
