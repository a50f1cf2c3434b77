import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { failure } from '../../test/graphql-mock';
import { renderRoute } from '../../test/render-route';
import { mentorCycleAnswer } from '../mentors/mentors.fixture';

const signedOut = { data: { me: null } };
const entry = (id: string, name: string, schoolName: string, disciplineName: string) => ({ id, name, schoolName, disciplineName });
const openNotice = {
  data: { admittedNotice: { year: 2026, open: true, endsAt: '2026-01-02T02:00:00.000Z', entries: [entry('2', '学生002', '太原五中', '物理学'), entry('20', '学生020', '山大附中', '化学')] } },
};
const render = (notice: unknown, more: Record<string, unknown> = {}) =>
  renderRoute('/admitted', { WebSession: signedOut, WebMentorCycle: mentorCycleAnswer(), WebAdmittedNotice: notice as never, ...more } as never);

describe('AdmittedNoticePage (录取公示)', () => {
  it('lists each admitted student’s name, school and discipline with the end of the notice in Beijing time', async () => {
    const { api } = render(openNotice);
    const list = await screen.findByRole('list');
    expect(within(list).getAllByRole('listitem').map((li) => li.querySelector('strong')?.textContent)).toEqual(['学生002', '学生020']);
    expect(list.textContent).toContain('太原五中 · 物理学');
    expect(screen.getByText(/公示至 2026年1月2日 10:00/)).toBeTruthy();
    expect(api.sentOf('WebAdmittedNotice')[0]?.variables).toEqual({ year: 2026 });
    // Issue 23: the page asks search engines not to index it (React hoists the meta into the head).
    expect(document.head.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });

  it('says no list is on notice when the period is over', async () => {
    render({ data: { admittedNotice: { year: 2026, open: false, endsAt: '2026-01-02T02:00:00.000Z', entries: [] } } });
    expect(await screen.findByText('目前没有正在公示的录取名单。')).toBeTruthy();
  });

  it('an objection asks for name, contact and reason, then sends them for the student chosen', async () => {
    const { api } = render(openNotice, { WebRaiseObjection: [failure({ code: 'FORBIDDEN', reason: 'RATE_LIMITED', retryAfterSeconds: 600 }), { data: { raiseObjection: true } }] });
    fireEvent.click(await screen.findByRole('button', { name: '提出异议：学生002' }));
    const form = await screen.findByRole('form', { name: '对学生002（太原五中）提出异议' });
    fireEvent.click(within(form).getByRole('button', { name: '提交异议' }));
    expect((await within(form).findAllByText('请填写您的姓名')).length).toBeGreaterThan(0);
    expect(api.sentOf('WebRaiseObjection')).toHaveLength(0);
    fireEvent.change(within(form).getByLabelText('您的姓名'), { target: { value: '王先生' } });
    fireEvent.change(within(form).getByLabelText('您的邮箱或手机号'), { target: { value: 'wang@example.com' } });
    fireEvent.change(within(form).getByLabelText('异议理由'), { target: { value: '获奖材料存疑' } });
    fireEvent.click(within(form).getByRole('button', { name: '提交异议' }));
    expect(await within(form).findByText(/尝试次数过多/)).toBeTruthy();
    fireEvent.click(within(form).getByRole('button', { name: '提交异议' }));
    expect(await screen.findByText('异议已提交，省英才计划办公室核实后将答复您。')).toBeTruthy();
    expect(api.sentOf('WebRaiseObjection').at(-1)?.variables).toEqual({ year: 2026, input: { entryId: '2', objectorName: '王先生', objectorContact: 'wang@example.com', reason: '获奖材料存疑' } });
  });
});
