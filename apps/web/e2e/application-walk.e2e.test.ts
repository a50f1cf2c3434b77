import { idCheckCharacter } from '@yingcai/domain/applications';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, launchBrowser, openPage, PHONE } from '../../../tooling/vitest/e2e/browser.js';
import { addApprovedMentors } from '../../../tooling/vitest/e2e/mentors.js';
import { readOutboxCode } from '../../../tooling/vitest/e2e/outbox.js';
import { addParticipatingSchools } from '../../../tooling/vitest/e2e/schools.js';
import { createStaff, extendRegistration, type StaffLogin } from '../../../tooling/vitest/e2e/staff.js';
import { logInToConsole } from '../../admin/e2e/console-login.js';

const SCHOOL = '太原市英才路中学';
const MENTOR = '祁光谱';
const APPLICANT = '孙晓晨';
const PASSWORD = 'e2e walk applicant phrase 2026';
// Born 2008-03-15: 18 at the server's FIXED_NOW, so no guardian consent is asked (R-CONSENT-1).
const FIRST_17 = '14010520080315123';
const ID_NUMBER = FIRST_17 + idCheckCharacter(FIRST_17);
const MATERIAL = '物理竞赛获奖证书.pdf';

/** A small valid one-page PDF: what `file-type` reads as application/pdf from its first bytes. */
function minimalPdf(): Buffer {
  return Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
      '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  );
}

/** The API keeps public lists for 10 s (decision 008): reload until rows written a moment ago are offered. */
async function reloadUntilVisible(page: Page, target: Locator): Promise<void> {
  await expect.poll(async () => {
    if ((await target.count()) > 0) return true;
    await page.reload();
    await page.getByRole('heading', { level: 1, name: '我要报名' }).waitFor();
    return (await target.count()) > 0;
  }, { timeout: 30_000, interval: 2_000 }).toBe(true);
}

async function register(page: Page, email: string): Promise<void> {
  await page.goto(`${inject('baseUrl')}/register`);
  await page.getByRole('heading', { level: 1, name: '注册申请人账号' }).waitFor();
  await page.getByLabel('姓名').fill(APPLICANT);
  await page.getByLabel('电子邮箱或手机号').fill(email);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('checkbox', { name: /我已阅读并同意/ }).check();
  await page.getByRole('button', { name: '注册' }).click();
  await page.getByRole('heading', { level: 1, name: '输入验证码' }).waitFor();
  await page.getByLabel('验证码').fill(await readOutboxCode(email));
  await page.getByRole('button', { name: '验证并登录' }).click();
  await page.getByRole('heading', { level: 1, name: '我的账户' }).waitFor();
}

async function fillApplication(page: Page, schoolId: string, mentorId: string): Promise<void> {
  await page.goto(`${inject('baseUrl')}/apply`);
  await page.getByRole('heading', { level: 1, name: '我要报名' }).waitFor();
  await reloadUntilVisible(page, page.locator(`option[value="${schoolId}"]`));
  await page.getByLabel('身份证号', { exact: true }).fill(ID_NUMBER);
  expect(await page.getByLabel('出生日期', { exact: true }).inputValue()).toBe('2008-03-15');
  await page.getByLabel('姓名', { exact: true }).fill(APPLICANT);
  await page.getByLabel('学校', { exact: true }).selectOption(schoolId);
  await page.getByRole('radio', { name: '高二' }).check();
  await page.getByLabel('班级', { exact: true }).fill('高二(3)班');
  await page.getByLabel('手机号', { exact: true }).fill('13800138000');
  await page.getByLabel('申请学科', { exact: true }).selectOption('physics');
  await page.getByText('已保存', { exact: true }).waitFor();
  await reloadUntilVisible(page, page.locator(`option[value="${mentorId}"]`));
  await page.getByLabel('第1志愿导师', { exact: true }).selectOption(mentorId);
  await page.getByLabel('学科年级排名', { exact: true }).fill('3');
  await page.getByLabel('总成绩年级排名', { exact: true }).fill('8');
  await page.getByLabel('年级人数', { exact: true }).fill('600');
  await page.getByLabel('申请陈述（兴趣与志向）', { exact: true }).fill('我从初中起喜欢光学实验，想跟随导师研究光谱。');
}

async function uploadMaterial(page: Page): Promise<void> {
  await page.getByLabel('选择文件上传').setInputFiles({ name: MATERIAL, mimeType: 'application/pdf', buffer: minimalPdf() });
  const listed = page.getByRole('list', { name: '申请材料' });
  await listed.getByRole('link', { name: MATERIAL }).waitFor();
  await page.getByText('已上传 1/5 个').waitFor();
}

/** Submits once the last change is saved; returns the application number the status page shows. */
async function submit(page: Page): Promise<string> {
  await page.getByText('已保存', { exact: true }).waitFor();
  await page.getByRole('button', { name: '提交报名' }).click();
  await page.getByRole('heading', { level: 1, name: '报名进度' }).waitFor();
  await page.getByText('当前状态：已提交').waitFor();
  const number = await page.locator('dt', { hasText: '报名号' }).locator('xpath=following-sibling::dd').textContent();
  expect(number).toMatch(/^SX2026-\d{5}$/);
  return number!;
}

function rowOf(page: Page, number: string): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('button', { name: number }) });
}

async function recommend(browser: Browser, coordinator: StaffLogin, number: string): Promise<string[]> {
  const watched = await openPage(browser, DESKTOP);
  const { page } = watched;
  await logInToConsole(watched, coordinator, '/admin/school-recommendation');
  await rowOf(page, number).getByRole('button', { name: '推荐', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText(`推荐：${number} ${APPLICANT}`).waitFor();
  await dialog.getByRole('button', { name: /^推\s*荐$/ }).click();
  await page.getByText(`已推荐 ${number} ${APPLICANT}，等待省级管理办公室资料审核。`).waitFor();
  await page.context().close();
  return watched.errors;
}

async function markConformant(browser: Browser, office: StaffLogin, number: string): Promise<string[]> {
  const watched = await openPage(browser, DESKTOP);
  const { page } = watched;
  await logInToConsole(watched, office, '/admin/review');
  await rowOf(page, number).getByRole('button', { name: '符合', exact: true }).click();
  const confirm = page.locator('.ant-popover').filter({ hasText: `确定 ${number} ${APPLICANT} 的资料符合要求吗？` });
  await confirm.getByRole('button', { name: /确\s*定/ }).click();
  await page.getByText(`已将 ${number} ${APPLICANT} 标记为资料审核通过。`).waitFor();
  await page.context().close();
  return watched.errors;
}

describe('an application from the phone to the office’s review, in Chromium', () => {
  let browser: Browser;
  let schoolId: string;
  let mentorId: string;
  let coordinator: StaffLogin;
  let office: StaffLogin;
  beforeAll(async () => {
    browser = await launchBrowser();
    schoolId = addParticipatingSchools([{ name: SCHOOL, districtCode: '140105' }]).get(SCHOOL)!;
    mentorId = addApprovedMentors([{ name: MENTOR, disciplineCode: 'physics', researchFields: ['光谱学'], profile: '研究分子光谱。' }]).get(MENTOR)!;
    coordinator = await createStaff('周老师', 'SCHOOL_COORDINATOR', schoolId);
    office = await createStaff('吴办公', 'OFFICE_STAFF', '山西省');
    // At FIXED_NOW the Nov 2025 registration is over: the office keeps it open for this school (R-APP-4).
    await extendRegistration(office, schoolId, '2026-12-31');
  });
  afterAll(() => browser.close());

  it('R-APP-3 R-APP-4 R-SEL-1 the applicant applies with a PDF on a phone, the school recommends, the office finds it conformant, and the phone shows 资料审核通过', async () => {
    const { page, errors } = await openPage(browser, PHONE);
    await register(page, `walk-${Date.now()}@example.com`);
    await fillApplication(page, schoolId, mentorId);
    await uploadMaterial(page);
    const number = await submit(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    expect(await recommend(browser, coordinator, number)).toEqual([]);
    expect(await markConformant(browser, office, number)).toEqual([]);

    await page.reload();
    await page.getByText('当前状态：资料审核通过').waitFor();
    expect(await page.getByRole('link', { name: MATERIAL }).count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
