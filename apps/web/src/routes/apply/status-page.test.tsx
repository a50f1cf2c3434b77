import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test/render-route';
import { applyPageAnswers, buildApplication, myApplicationAnswer } from './apply.fixture';
import { applicationSteps } from './status-steps';

describe('ApplicationStatusPage (报名进度)', () => {
  it('shows the application number, the submitted time in Beijing time and the steps with the current one', async () => {
    const submitted = buildApplication({ status: 'SCHOOL_RECOMMENDED', applicationNumber: 'SX2026-00001', submittedAt: '2026-11-25T02:00:00.000Z' });
    renderRoute('/apply/status', { ...applyPageAnswers(), WebMyApplication: myApplicationAnswer(submitted) });
    expect(await screen.findByText('SX2026-00001')).toBeTruthy();
    expect(screen.getByText(/当前状态：学校推荐/)).toBeTruthy();
    const steps = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(steps.map((li) => li.textContent)).toEqual(['草稿', '已提交', '学校推荐', '资料审核', '测评', '面试', '录取']);
    expect(steps[2]!.getAttribute('aria-current')).toBe('step');
    expect(screen.getByText(/2026.*11.*25.*10:00/)).toBeTruthy();
  });

  it('R-APP-3 lists the materials, each a link to its file with its size, and nothing to delete them with', async () => {
    const materials = [{ id: '7', fileName: '成绩单.pdf', mediaType: 'application/pdf', size: 2048, uploadedAt: '2025-11-15T02:00:00.000Z' }];
    const submitted = buildApplication({ status: 'SUBMITTED', applicationNumber: 'SX2026-00001', materials });
    renderRoute('/apply/status', { ...applyPageAnswers(), WebMyApplication: myApplicationAnswer(submitted) });
    expect((await screen.findByRole('link', { name: '成绩单.pdf' })).getAttribute('href')).toBe('/api/application-materials/7');
    expect(screen.getByText('2 KB')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /删除/ })).toBeNull();
  });

  it('R-SEL-5 an invited applicant sees their interview slot: time in Beijing time, place and link', async () => {
    const invited = buildApplication({ status: 'INVITED', applicationNumber: 'SX2026-00001', submittedAt: '2025-11-10T02:00:00.000Z' });
    const interview = { startsAt: '2025-12-20T01:00:00.000Z', endsAt: '2025-12-20T04:00:00.000Z', place: '山西大学物理楼 201', onlineLink: 'https://meeting.example.cn/j/2026' };
    renderRoute('/apply/status', { ...applyPageAnswers(), WebMyApplication: myApplicationAnswer(invited, interview) });
    expect(await screen.findByText('2025年12月20日 09:00–12:00')).toBeTruthy();
    expect(screen.getByText('山西大学物理楼 201')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'https://meeting.example.cn/j/2026' }).getAttribute('href')).toBe('https://meeting.example.cn/j/2026');
  });

  it.each([
    ['ADMITTED', '录取', '恭喜！您已被录取，录取名单正在公示。'],
    ['WAITLISTED', '候补', '您已列入候补名单；如有名额空出，将按排名依次通知。'],
    ['NOT_ADMITTED', '未录取', '很遗憾，您本年度未被录取。感谢您的参与。'],
  ] as const)('R-SEL-5 after publication a %s applicant sees the result', async (status, label, sentence) => {
    const decided = buildApplication({ status, applicationNumber: 'SX2026-00001', submittedAt: '2025-11-10T02:00:00.000Z' });
    renderRoute('/apply/status', { ...applyPageAnswers(), WebMyApplication: myApplicationAnswer(decided) });
    expect(await screen.findByText(`当前状态：${label}`)).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(sentence);
  });

  it('an interviewed applicant sees no result before publication', async () => {
    const interviewed = buildApplication({ status: 'INTERVIEWED', applicationNumber: 'SX2026-00001', submittedAt: '2025-11-10T02:00:00.000Z' });
    renderRoute('/apply/status', { ...applyPageAnswers(), WebMyApplication: myApplicationAnswer(interviewed) });
    expect(await screen.findByText('当前状态：已面试')).toBeTruthy();
    expect(screen.queryByText(/录取名单正在公示|候补名单|未被录取/)).toBeNull();
  });

  it('without an application it offers to apply', async () => {
    renderRoute('/apply/status', { ...applyPageAnswers(), WebMyApplication: myApplicationAnswer(null) });
    expect(await screen.findByRole('link', { name: '去报名' })).toBeTruthy();
  });

  it('a refusal stands on the step it ends: nonconformant is 资料审核, not beyond', () => {
    const steps = applicationSteps('nonconformant');
    expect(steps.filter((s) => s.done).map((s) => s.step)).toEqual(['draft', 'submitted', 'school_recommended']);
    expect(steps.find((s) => s.current)?.step).toBe('conformant');
  });
});
