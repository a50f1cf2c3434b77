import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { failure } from '../../test/graphql-mock';
import { renderRoute } from '../../test/render-route';
import { applyPageAnswers, buildApplication, myApplicationAnswer } from './apply.fixture';

const admitted = buildApplication({ status: 'ADMITTED', applicationNumber: 'SX2026-00001', version: 7 });
const open = { deadline: '2026-01-05', open: true, declineReason: null };
const replied = (status: string) => ({ id: 'app-1', status, version: 8 });

function renderAdmitted(answers: Record<string, unknown> = {}) {
  return renderRoute('/apply/status', {
    ...applyPageAnswers(),
    WebMyApplication: [myApplicationAnswer(admitted, null, open), myApplicationAnswer({ ...admitted, status: 'CONFIRMED', version: 8 }, null, { ...open, open: false })],
    ...answers,
  } as Parameters<typeof renderRoute>[1]);
}

describe('R-SEL-5 确认录取 / 放弃录取 on /apply/status', () => {
  it('R-SEL-5 an admitted applicant sees the deadline and confirms on the version shown; the page then says so', async () => {
    const { api } = renderAdmitted({ WebConfirmAdmission: { data: { confirmAdmission: replied('CONFIRMED') } } });
    expect(await screen.findByText(/请于 2026年1月5日（含）前确认或放弃录取/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '确认录取' }));
    expect(await screen.findByText('你已确认录取，培养安排将另行通知。')).toBeTruthy();
    expect(api.sent.find((s) => s.operation === 'WebConfirmAdmission')?.variables).toEqual({ year: 2026, version: 7 });
    expect(screen.queryByRole('button', { name: '确认录取' })).toBeNull();
  });

  it('R-SEL-5 declining asks once more, sends the optional reason, and cancelling sends nothing', async () => {
    const afterDecline = myApplicationAnswer({ ...admitted, status: 'DECLINED', version: 8 }, null, { ...open, open: false, declineReason: '已被其他项目录取' });
    const { api } = renderAdmitted({
      WebDeclineAdmission: { data: { declineAdmission: replied('DECLINED') } },
      WebMyApplication: [myApplicationAnswer(admitted, null, open), afterDecline],
    });
    fireEvent.click(await screen.findByRole('button', { name: '放弃录取' }));
    expect(screen.getByText(/确定放弃录取吗/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(api.sent.some((s) => s.operation === 'WebDeclineAdmission')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: '放弃录取' }));
    fireEvent.change(screen.getByLabelText('放弃原因（选填）'), { target: { value: ' 已被其他项目录取 ' } });
    fireEvent.click(screen.getByRole('button', { name: '确定放弃' }));
    expect(await screen.findByText('你已放弃录取（已被其他项目录取）。')).toBeTruthy();
    expect(api.sent.find((s) => s.operation === 'WebDeclineAdmission')?.variables).toEqual({ year: 2026, version: 7, reason: '已被其他项目录取' });
  });

  it('R-SEL-5 after the deadline the buttons are gone and a sentence says so', async () => {
    renderRoute('/apply/status', { ...applyPageAnswers(), WebMyApplication: myApplicationAnswer(admitted, null, { ...open, open: false }) });
    expect(await screen.findByText('录取确认已于 2026年1月5日 截止，如有特殊情况请联系省英才计划办公室。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '确认录取' })).toBeNull();
    expect(screen.queryByRole('button', { name: '放弃录取' })).toBeNull();
  });

  it('R-SEL-5 a refusal for the passed deadline is said in Chinese', async () => {
    const refused = failure({ code: 'RULE_VIOLATION', violations: [{ rule: 'R-SEL-5', message: 'the confirmation deadline was 2026-01-05 (today is 2026-01-06): ask the office' }] });
    renderRoute('/apply/status', { ...applyPageAnswers(), WebMyApplication: myApplicationAnswer(admitted, null, open), WebConfirmAdmission: refused });
    fireEvent.click(await screen.findByRole('button', { name: '确认录取' }));
    expect((await screen.findByRole('alert')).textContent).toBe('确认截止日期已过，如有特殊情况请联系省英才计划办公室（R-SEL-5）。');
  });

  it('a declined place shows the reason it was declined for', async () => {
    const declined = buildApplication({ status: 'DECLINED', applicationNumber: 'SX2026-00001' });
    renderRoute('/apply/status', { ...applyPageAnswers(), WebMyApplication: myApplicationAnswer(declined, null, { deadline: '2026-01-05', open: false, declineReason: '逾期未确认' }) });
    expect(await screen.findByText('你已放弃录取（逾期未确认）。')).toBeTruthy();
  });
});
