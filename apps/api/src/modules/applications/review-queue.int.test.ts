import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGIN, signInEveryRole } from '../../../test/fixtures/accounts.js';
import { approveParticipation } from '../../../test/fixtures/applications.js';
import { addMentor } from '../../../test/fixtures/mentors.js';
import { addSubmittedApplication, REVIEW_APPLICATION, REVIEW_QUEUE, type StaffRow } from '../../../test/fixtures/school-review.js';
import { startTestApi, type TestApi, type TestBrowser } from '../../../test/test-api.js';
import { countStatements } from '../../orm/statement-count.js';
import { DEMO_PASSWORD } from '../../orm/seeders/demo-data.js';
import { GuardianConsent } from '../accounts/guardian-consent.entity.js';
import { School } from '../schools/school.entity.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { OutboxMessage, recipientKey } from '../notifications/outbox-message.entity.js';

type Browsers = Awaited<ReturnType<typeof signInEveryRole>>;
const NOW = new Date('2025-11-25T10:00:00+08:00');

describe('R-SEL-1 the office’s conformity review (资料审核) through GraphQL', () => {
  let api: TestApi;
  let as: Browsers;
  beforeAll(async () => {
    api = await startTestApi({ now: NOW });
    as = await signInEveryRole(api);
    const em = api.orm.em.fork();
    const school = await approveParticipation(em, '太原市第五中学（演示）');
    const physics = (await addMentor(em, { name: '物理导师' })).id;
    const chemistry = (await addMentor(em, { name: '化学导师', disciplineCode: 'chemistry' })).id;
    await addSubmittedApplication(em, { school, mentorId: physics, sequence: 1 });
    await addSubmittedApplication(em, { school, mentorId: chemistry, sequence: 2 });
    await addSubmittedApplication(em, { school, mentorId: physics, sequence: 3 });
    await addSubmittedApplication(em, { school, mentorId: physics, sequence: 4, status: 'submitted' });
  });
  afterAll(() => api.close());

  const queue = (browser: TestBrowser, filter: Record<string, unknown> = {}, page?: { page: number; pageSize: number }) =>
    browser.graphql<{ reviewQueue: { total: number; rows: StaffRow[] } }>(REVIEW_QUEUE, { filter, page });
  const row = async (number: string) => (await queue(as.office_staff)).data!.reviewQueue.rows.find((r) => r.applicationNumber === number)!;
  const review = (browser: TestBrowser, target: StaffRow, conformant: boolean, reason?: string) =>
    browser.graphql<{ reviewApplication: StaffRow }>(REVIEW_APPLICATION, { id: target.id, version: target.version, conformant, reason });

  it('lists the school-recommended applications with school, mentor names and flags; R-APP-3 flags a mentor of another discipline', async () => {
    const { data, errors } = await queue(as.office_staff);
    expect(errors).toBeUndefined();
    expect(data?.reviewQueue.rows.map((r) => r.applicationNumber)).toEqual(['SX2026-00001', 'SX2026-00002', 'SX2026-00003']);
    const flagged = data!.reviewQueue.rows[1]!;
    expect(flagged).toMatchObject({ schoolName: '太原市第五中学（演示）', mentors: [{ rank: 1, name: '化学导师' }] });
    expect(flagged.flags!.map((f) => f.rule)).toEqual(['R-APP-3']);
    expect(data!.reviewQueue.rows[0]!.flags).toEqual([]);
    const onlyFlagged = await queue(as.office_staff, { flagged: true });
    expect(onlyFlagged.data?.reviewQueue).toMatchObject({ total: 1, rows: [{ applicationNumber: 'SX2026-00002' }] });
  });

  it('is the office’s alone', async () => {
    expect((await queue(as.school_coordinator)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { errors } = await review(as.school_coordinator, await row('SX2026-00001'), true);
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('approves one: conformant, audited, the applicant told', async () => {
    const { data, errors } = await review(as.office_staff, await row('SX2026-00001'), true);
    expect(errors).toBeUndefined();
    expect(data?.reviewApplication.status).toBe('CONFORMANT');
    const em = api.orm.em.fork();
    expect(await em.count(AuditEntry, { action: 'application.mark_conformant', subjectId: 'SX2026-00001' })).toBe(1);
    expect((await em.findOneOrFail(OutboxMessage, { recipientHash: recipientKey('applicant001@example.com') })).body).toContain('已通过资料审核');
  });

  it('a rejection without a reason is refused (R-SEL-1); with one the applicant sees it', async () => {
    const target = await row('SX2026-00002');
    expect((await review(as.office_staff, target, false)).errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rules: ['R-SEL-1'] });
    const { data } = await review(as.office_staff, target, false, '所选导师不属于申请学科');
    expect(data?.reviewApplication).toMatchObject({ status: 'NONCONFORMANT', reviewReason: '所选导师不属于申请学科' });
    expect((await api.orm.em.fork().findOneOrFail(OutboxMessage, { recipientHash: recipientKey('applicant002@example.com') })).body).toContain('所选导师不属于申请学科');
  });

  it('two staff deciding the same application: the second gets CONFLICT', async () => {
    const colleague = api.browser();
    await colleague.graphql(LOGIN, { login: 'office@yingcai.test', password: DEMO_PASSWORD });
    const target = await row('SX2026-00003');
    expect((await review(as.office_staff, target, true)).errors).toBeUndefined();
    const second = await review(colleague, target, false, '材料不全');
    expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', applicationId: target.id });
    expect(second.errors?.[0]?.message).toMatch(/someone else/);
  });

  it('R-CONSENT-1 (issue 23): an applicant whose guardian withdrew the consent is flagged to the office, with the day', async () => {
    const em = api.orm.em.fork();
    const school = await em.findOneOrFail(School, { name: '太原市第五中学（演示）' });
    const application = await addSubmittedApplication(em, { school, mentorId: (await addMentor(em, { name: '物理导师乙' })).id, sequence: 9 });
    em.create(GuardianConsent, {
      account: application.applicant, dateOfBirth: '2009-09-01', guardianName: '学生009的母亲', guardianPhone: '13900000009', consentVersion: '2026-2', consentText: '…',
      consentedAt: new Date('2025-11-01T02:00:00Z'), withdrawnAt: new Date('2025-11-20T02:00:00Z'),
    });
    await em.flush();
    const flagged = (await queue(as.office_staff, { flagged: true })).data!.reviewQueue.rows.find((r) => r.applicationNumber === 'SX2026-00009');
    expect(flagged?.flags).toEqual([{ rule: 'R-CONSENT-1', message: 'the guardian withdrew the consent on 2025-11-20' }]);
  });

  it('asks the database the same number of statements for 10 and for 50 applications a page', async () => {
    const em = api.orm.em.fork();
    const school = await approveParticipation(em, '山西省实验中学（演示）');
    const mentors = await Promise.all(['甲', '乙', '丙'].map((name) => addMentor(em, { name: `导师${name}` })));
    for (let i = 0; i < 60; i++) await addSubmittedApplication(em, { school, mentorId: mentors[i % 3]!.id, sequence: 100 + i });
    const statementsFor = (pageSize: number) => countStatements(api.orm, async () => {
      const { data } = await queue(as.office_staff, {}, { page: 1, pageSize });
      expect(data?.reviewQueue.rows).toHaveLength(pageSize);
    });
    const forTen = await statementsFor(10);
    expect(await statementsFor(50)).toBe(forTen);
    expect(await countStatements(api.orm, () => queue(as.office_staff, { flagged: false }, { page: 1, pageSize: 50 }))).toBeLessThanOrEqual(forTen);
  });
});
