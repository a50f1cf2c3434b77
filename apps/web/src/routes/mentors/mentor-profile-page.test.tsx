import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { failure } from '../../test/graphql-mock';
import { renderRoute } from '../../test/render-route';
import { mentorAnswer, mentorCycleAnswer } from './mentors.fixture';

const signedOut = { data: { me: null } };

describe('MentorProfilePage', () => {
  it("shows the mentor's whole public profile for the year of the link", async () => {
    const { api } = renderRoute('/mentors/m-li?year=2026', { WebSession: signedOut, WebMentor: mentorAnswer() });
    const profile = await screen.findByRole('article', { name: '李光远' });
    expect(profile.textContent).toContain('教授 · 山西大学 · 物理学');
    expect(profile.textContent).toContain('量子光学');
    expect(profile.textContent).toContain('国家杰出青年科学基金获得者');
    expect(profile.textContent).toContain('研究光与原子的相互作用。');
    expect(screen.getByRole('link', { name: '返回导师风采' }).getAttribute('href')).toBe('/mentors?discipline=physics');
    expect(api.sentOf('WebMentor')[0]?.variables).toEqual({ id: 'm-li', year: 2026 });
  });

  it('takes the newest cycle when the link has no year', async () => {
    const { api } = renderRoute('/mentors/m-li', { WebSession: signedOut, WebMentorCycle: mentorCycleAnswer(), WebMentor: mentorAnswer() });
    expect(await screen.findByRole('article', { name: '李光远' })).toBeTruthy();
    expect(api.sentOf('WebMentor')[0]?.variables).toEqual({ id: 'm-li', year: 2026 });
  });

  it('says the mentor is not in this cycle when the API does not know them', async () => {
    renderRoute('/mentors/gone?year=2026', { WebSession: signedOut, WebMentor: failure({ code: 'NOT_FOUND' }) });
    expect(await screen.findByText('没有找到这位导师，TA可能不在本年度的导师名单中。')).toBeTruthy();
  });
});
