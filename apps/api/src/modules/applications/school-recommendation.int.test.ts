import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInEveryRole } from '../../../test/fixtures/accounts.js';
import { approveParticipation } from '../../../test/fixtures/applications.js';
import { addMentor } from '../../../test/fixtures/mentors.js';
import { addSubmittedApplication, RECOMMEND_APPLICATION, SCHOOL_APPLICATIONS, type StaffRow } from '../../../test/fixtures/school-review.js';
import { startTestApi, type TestApi } from '../../../test/test-api.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { OutboxMessage, recipientKey } from '../notifications/outbox-message.entity.js';

type Browsers = Awaited<ReturnType<typeof signInEveryRole>>;
// The last minutes of registration and the first of the day after (Shanghai), inside staff's 30-minute idle limit.
const IN_WINDOW = new Date('2025-11-30T23:50:00+08:00');
const AFTER_WINDOW = new Date('2025-12-01T00:05:00+08:00');

describe('R-APP-4 the school recommends its students’ applications through GraphQL', () => {
  let api: TestApi;
  let as: Browsers;
  let ownSchool: string;
  let otherSchool: string;
  beforeAll(async () => {
    api = await startTestApi({ now: IN_WINDOW });
    as = await signInEveryRole(api);
    const em = api.orm.em.fork();
    const own = await approveParticipation(em, '太原市第五中学（演示）');
    const other = await approveParticipation(em, '山西省实验中学（演示）');
    [ownSchool, otherSchool] = [own.id, other.id];
    const mentorId = (await addMentor(em, { name: '物理导师' })).id;
    for (const [sequence, school] of [[1, own], [2, own], [3, other]] as const) await addSubmittedApplication(em, { school, mentorId, sequence, status: 'submitted' });
  });
  afterAll(() => api.close());

  const list = async (browser: Browsers['office_staff'], filter: Record<string, unknown> = {}) =>
    browser.graphql<{ schoolApplications: { total: number; rows: StaffRow[] } }>(SCHOOL_APPLICATIONS, { filter });
  const row = async (number: string) => (await list(as.office_staff)).data!.schoolApplications.rows.find((r) => r.applicationNumber === number)!;
  const recommend = (browser: Browsers['office_staff'], target: StaffRow, recommendIt: boolean, note?: string) =>
    browser.graphql<{ recommendApplication: StaffRow }>(RECOMMEND_APPLICATION, { id: target.id, version: target.version, recommend: recommendIt, note });

  it('a coordinator lists only their own school’s applications, masked; the office lists every school’s', async () => {
    const { data } = await list(as.school_coordinator);
    expect(data?.schoolApplications.total).toBe(2);
    expect(data?.schoolApplications.rows.every((r) => r.schoolId === ownSchool)).toBe(true);
    // Issue 11: read as rows, the encrypted ID number and phone are decrypted, then masked; the school named.
    expect(data?.schoolApplications.rows[0]).toMatchObject({
      idNumber: expect.stringMatching(/^1401\*{10}\d{3}[\dX]$/), phone: '138****0009', schoolName: '太原市第五中学（演示）', mentors: [{ rank: 1, name: '物理导师' }],
    });
    expect((await list(as.office_staff)).data?.schoolApplications.total).toBe(3);
    expect((await list(as.school_coordinator, { schoolId: otherSchool })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await list(as.applicant)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('sorts by the column asked for, on the server', async () => {
    const { data } = await as.office_staff.graphql<{ schoolApplications: { rows: StaffRow[] } }>(SCHOOL_APPLICATIONS, {
      sort: { field: 'APPLICATION_NUMBER', direction: 'DESC' },
    });
    expect(data?.schoolApplications.rows.map((r) => r.applicationNumber)).toEqual(['SX2026-00003', 'SX2026-00002', 'SX2026-00001']);
  });

  it('drafts stay the applicant’s own: asking staff lists for DRAFT is BAD_USER_INPUT, not other rows', async () => {
    const { data, errors } = await list(as.office_staff, { status: 'DRAFT' });
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
  });

  it('the coordinator recommends one: audited, and the applicant is told', async () => {
    const { data, errors } = await recommend(as.school_coordinator, await row('SX2026-00001'), true);
    expect(errors).toBeUndefined();
    expect(data?.recommendApplication).toMatchObject({ status: 'SCHOOL_RECOMMENDED', schoolNote: null });
    const em = api.orm.em.fork();
    expect(await em.count(AuditEntry, { action: 'application.school_recommend', subjectId: 'SX2026-00001' })).toBe(1);
    expect((await em.findOneOrFail(OutboxMessage, { recipientHash: recipientKey('applicant001@example.com') })).body).toContain('已获学校推荐');
  });

  it('issue 10: another school’s application answers as one that does not exist, even with a stale version', async () => {
    const others = await row('SX2026-00003');
    const { errors } = await recommend(as.school_coordinator, { ...others, version: others.version + 5 }, true);
    const missing = await recommend(as.school_coordinator, { ...others, id: '999999' }, true);
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(errors?.[0]?.message.replace(others.id, '?')).toBe(missing.errors?.[0]?.message.replace('999999', '?'));
    expect((await recommend(as.office_staff, others, true)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a decline without a note is refused under R-APP-4', async () => {
    const { errors } = await recommend(as.school_coordinator, await row('SX2026-00002'), false, '  ');
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rules: ['R-APP-4'] });
  });

  it('after the registration deadline the school is refused (R-APP-4); the office’s extension for the school lets it through', async () => {
    const target = await row('SX2026-00002');
    api.setNow(AFTER_WINDOW);
    try {
      expect((await recommend(as.school_coordinator, target, false, '年级排名不符')).errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rules: ['R-APP-4'] });
      const extended = await as.office_staff.graphql('mutation ($school: ID!) { extendWindow(year: 2026, milestoneKey: "registration", extendedUntil: "2025-12-05", reason: "学校推荐补办", schoolId: $school) { extendedUntil } }', { school: ownSchool });
      expect(extended.errors).toBeUndefined();
      const { data, errors } = await recommend(as.school_coordinator, target, false, '年级排名不符');
      expect(errors).toBeUndefined();
      expect(data?.recommendApplication).toMatchObject({ status: 'SCHOOL_DECLINED', schoolNote: '年级排名不符' });
      const told = await api.orm.em.fork().findOneOrFail(OutboxMessage, { recipientHash: recipientKey('applicant002@example.com') });
      expect(told.body).toContain('年级排名不符');
    } finally {
      api.setNow(IN_WINDOW);
    }
  });

  it('a stale version is CONFLICT', async () => {
    const { errors } = await recommend(as.school_coordinator, { ...(await row('SX2026-00001')), version: 1 }, true);
    expect(errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});
