import { fireEvent, screen, waitFor } from '@testing-library/react';
import { idCheckCharacter } from '@yingcai/domain/applications';
import { describe, expect, it } from 'vitest';
import { buildMe, signedOut } from '../../test/account-fixtures';
import { failure } from '../../test/graphql-mock';
import { renderRoute } from '../../test/render-route';
import { applyCycleAnswer, applyPageAnswers, buildApplication, myApplicationAnswer, savedAnswer } from './apply.fixture';

const first17 = '14010520100315123';
const validId = first17 + idCheckCharacter(first17);
const wrongDigit = first17 + (idCheckCharacter(first17) === '1' ? '2' : '1');
const saveWait = { timeout: 4000 };

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const errorOf = (field: HTMLElement) => document.getElementById(field.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent;

describe('ApplyPage (我要报名)', () => {
  it('R-APP-4: says registration closed on its last day before anyone types, and shows no form', async () => {
    const closed = applyCycleAnswer();
    closed.data.cycle.stepWindows = [{ step: 'registration', startsOn: '2025-11-01', lastDay: '2025-12-05', open: false }];
    renderRoute('/apply', { ...applyPageAnswers(), WebApplyCycle: closed });
    expect(await screen.findByText(/2026年度报名已于2025年12月5日截止/)).toBeTruthy();
    expect(screen.queryByLabelText('身份证号')).toBeNull();
  });

  it('sends nobody signed in to /login and, once signed in, back to /apply', async () => {
    renderRoute('/apply', { ...applyPageAnswers(), WebSession: signedOut, WebLogin: { data: { login: buildMe() } } });
    await screen.findByRole('heading', { level: 1, name: '登录' });
    fireEvent.change(screen.getByLabelText('电子邮箱或手机号'), { target: { value: 'liming@example.com' } });
    fireEvent.change(screen.getByLabelText('密码'), { target: { value: 'a long enough phrase' } });
    fireEvent.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByRole('heading', { level: 1, name: '我要报名' })).toBeTruthy();
  });

  it('a wrong ID check digit (GB 11643) is an error on the field, in Chinese; a right one fills date of birth and gender', async () => {
    renderRoute('/apply', { ...applyPageAnswers(), WebSaveApplicationDraft: (v) => savedAnswer(buildApplication({ version: 4, ...(v.input as object) })) });
    await screen.findByLabelText('身份证号');
    type('身份证号', wrongDigit);
    const field = screen.getByLabelText('身份证号');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(field)).toBe('身份证号校验位不正确，请检查是否输错。');
    type('身份证号', validId);
    expect(field.getAttribute('aria-invalid')).toBeNull();
    expect((screen.getByLabelText('出生日期') as HTMLInputElement).value).toBe('2010-03-15');
    expect((screen.getByRole('radio', { name: '男' }) as HTMLInputElement).checked).toBe(true);
  });

  it('saves the draft a pause after typing, with the version last read, and says 已保存', async () => {
    const { api } = renderRoute('/apply', { ...applyPageAnswers(), WebSaveApplicationDraft: savedAnswer(buildApplication({ className: '高一(3)班', version: 4 })) });
    await screen.findByLabelText('班级');
    type('班级', '高一(3)班');
    expect(screen.getByText('正在保存…')).toBeTruthy();
    expect(api.sentOf('WebSaveApplicationDraft')).toHaveLength(0);
    await waitFor(() => expect(api.sentOf('WebSaveApplicationDraft')).toHaveLength(1), saveWait);
    expect(api.sentOf('WebSaveApplicationDraft')[0]!.variables).toEqual({ year: 2026, input: { className: '高一(3)班' }, version: 3 });
    await waitFor(() => expect(screen.getByText('已保存')).toBeTruthy());
    type('班级', '高一(4)班');
    await waitFor(() => expect(api.sentOf('WebSaveApplicationDraft')).toHaveLength(2), saveWait);
    expect(api.sentOf('WebSaveApplicationDraft')[1]!.variables.version).toBe(4);
  });

  it('R-APP-1: a school not in the list can be named; the page says up front that submitting will be refused, and the draft keeps it', async () => {
    const named = buildApplication({ unlistedSchool: '太原市第九十九中学', version: 4 });
    const { api } = renderRoute('/apply', { ...applyPageAnswers(), WebSaveApplicationDraft: savedAnswer(named) });
    await screen.findByLabelText('学校');
    type('学校', 'not-listed');
    expect(screen.getByText(/只有参与中学的高一、高二学生可以报名（R-APP-1）/)).toBeTruthy();
    type('学校名称', '太原市第九十九中学');
    await waitFor(() => expect(api.sentOf('WebSaveApplicationDraft')).toHaveLength(1), saveWait);
    expect(api.sentOf('WebSaveApplicationDraft')[0]!.variables.input).toEqual({ schoolId: null, unlistedSchool: '太原市第九十九中学' });
    await waitFor(() => expect((screen.getByLabelText('学校名称') as HTMLInputElement).value).toBe('太原市第九十九中学'));
  });

  it('a failed save keeps what was typed and says 保存失败; 重试 sends it again', async () => {
    const { api } = renderRoute('/apply', { ...applyPageAnswers(), WebSaveApplicationDraft: [new Error('offline'), savedAnswer(buildApplication({ className: '3班', version: 4 }))] });
    await screen.findByLabelText('班级');
    type('班级', '3班');
    expect(await screen.findByText('保存失败', {}, saveWait)).toBeTruthy();
    expect((screen.getByLabelText('班级') as HTMLInputElement).value).toBe('3班');
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    await waitFor(() => expect(screen.getByText('已保存')).toBeTruthy());
    expect(api.sentOf('WebSaveApplicationDraft')[1]!.variables).toEqual({ year: 2026, input: { className: '3班' }, version: 3 });
  });

  it('a CONFLICT loads the server draft, keeps what was typed and saves again with the new version', async () => {
    const server = buildApplication({ name: '李明', phone: '13800138000', version: 7 });
    const { api } = renderRoute('/apply', {
      ...applyPageAnswers(),
      WebMyApplication: [myApplicationAnswer(), myApplicationAnswer(server)],
      WebSaveApplicationDraft: [failure({ code: 'CONFLICT' }), savedAnswer({ ...server, className: '3班', version: 8 })],
    });
    await screen.findByLabelText('班级');
    type('班级', '3班');
    expect(await screen.findByText(/已在其他地方修改/, {}, saveWait)).toBeTruthy();
    expect((screen.getByLabelText('手机号') as HTMLInputElement).value).toBe('13800138000');
    expect((screen.getByLabelText('班级') as HTMLInputElement).value).toBe('3班');
    await waitFor(() => expect(api.sentOf('WebSaveApplicationDraft')).toHaveLength(2), saveWait);
    expect(api.sentOf('WebSaveApplicationDraft')[1]!.variables).toMatchObject({ input: { className: '3班' }, version: 7 });
  });

  it('a refused submission says R-APP-2 and R-APP-5 in Chinese, and any other rule by its ID and the server message', async () => {
    const violations = [{ rule: 'R-APP-2', message: 'rank' }, { rule: 'R-APP-5', message: 'one' }, { rule: 'R-NEW-1', message: 'a new rule' }];
    renderRoute('/apply', { ...applyPageAnswers(), WebSubmitApplication: failure({ code: 'RULE_VIOLATION', violations }) });
    fireEvent.click(await screen.findByRole('button', { name: '提交报名' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('学科排名须在年级前列，或总成绩排名须在年级前列（R-APP-2）。');
    expect(alert.textContent).toContain('每名学生每年度只能报名一次，这个身份证号已经提交过报名（R-APP-5）。');
    expect(alert.textContent).toContain('R-NEW-1：a new rule');
  });

  it('INCOMPLETE marks the missing fields', async () => {
    renderRoute('/apply', { ...applyPageAnswers(), WebSubmitApplication: failure({ code: 'BAD_USER_INPUT', reason: 'INCOMPLETE', fields: ['idNumber', 'phone'] }) });
    fireEvent.click(await screen.findByRole('button', { name: '提交报名' }));
    expect((await screen.findByRole('alert')).textContent).toContain('身份证号、手机号');
    expect(screen.getByLabelText('手机号').getAttribute('aria-invalid')).toBe('true');
  });

  it('a submission that succeeds goes to the status page', async () => {
    const submitted = buildApplication({ status: 'SUBMITTED', applicationNumber: 'SX2026-00001', submittedAt: '2026-11-25T02:00:00.000Z', version: 4 });
    const { api } = renderRoute('/apply', {
      ...applyPageAnswers(),
      WebMyApplication: [myApplicationAnswer(), myApplicationAnswer(submitted)],
      WebSubmitApplication: { data: { submitApplication: submitted } },
    });
    fireEvent.click(await screen.findByRole('button', { name: '提交报名' }));
    expect(await screen.findByRole('heading', { name: '报名进度' })).toBeTruthy();
    expect(await screen.findByText('SX2026-00001')).toBeTruthy();
    expect(api.sentOf('WebSubmitApplication')[0]!.variables).toEqual({ year: 2026, version: 3 });
  });
});
