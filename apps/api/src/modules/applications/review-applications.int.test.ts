import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInEveryRole } from '../../../test/fixtures/accounts.js';
import { approveParticipation } from '../../../test/fixtures/applications.js';
import { addMentor } from '../../../test/fixtures/mentors.js';
import { addSubmittedApplication, REVIEW_APPLICATIONS, REVIEW_QUEUE, type StaffRow } from '../../../test/fixtures/school-review.js';
import { startTestApi, type TestApi, type TestBrowser } from '../../../test/test-api.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { OutboxMessage, recipientKey } from '../notifications/outbox-message.entity.js';
import { Application } from './application.entity.js';

type Browsers = Awaited<ReturnType<typeof signInEveryRole>>;
const NOW = new Date('2025-11-25T10:00:00+08:00');

describe('R-SEL-1 bulk approval (批量通过) in the conformity review through GraphQL', () => {
  let api: TestApi;
  let as: Browsers;
  beforeAll(async () => {
    api = await startTestApi({ now: NOW });
    as = await signInEveryRole(api);
    const em = api.orm.em.fork();
    const school = await approveParticipation(em, '太原市第五中学（演示）');
    const mentorId = (await addMentor(em, { name: '物理导师' })).id;
    for (const sequence of [1, 2, 3, 4, 5, 6]) await addSubmittedApplication(em, { school, mentorId, sequence });
    await addSubmittedApplication(em, { school, mentorId, sequence: 7, status: 'submitted' });
  });
  afterAll(() => api.close());

  const rows = async (status = 'SCHOOL_RECOMMENDED') =>
    (await as.office_staff.graphql<{ reviewQueue: { rows: StaffRow[] } }>(REVIEW_QUEUE, { filter: { status } })).data!.reviewQueue.rows;
  const rowsNumbered = async (numbers: string[], status?: string) => (await rows(status)).filter((r) => numbers.includes(r.applicationNumber));
  const approve = (browser: TestBrowser, targets: Pick<StaffRow, 'id' | 'version'>[]) =>
    browser.graphql<{ reviewApplications: StaffRow[] }>(REVIEW_APPLICATIONS, { items: targets.map(({ id, version }) => ({ id, version })) });
  const statusOf = async (number: string) => (await api.orm.em.fork().findOneOrFail(Application, { applicationNumber: number })).status;

  it('R-SEL-1 approves every selected application at once: each conformant, audited and its applicant told', async () => {
    const { data, errors } = await approve(as.office_staff, await rowsNumbered(['SX2026-00001', 'SX2026-00002']));
    expect(errors).toBeUndefined();
    expect(data?.reviewApplications.map((r) => [r.applicationNumber, r.status])).toEqual([['SX2026-00001', 'CONFORMANT'], ['SX2026-00002', 'CONFORMANT']]);
    const em = api.orm.em.fork();
    expect(await em.count(AuditEntry, { action: 'application.mark_conformant', subjectId: { $in: ['SX2026-00001', 'SX2026-00002'] } })).toBe(2);
    for (const recipient of ['applicant001@example.com', 'applicant002@example.com']) {
      expect((await em.findOneOrFail(OutboxMessage, { recipientHash: recipientKey(recipient) })).body).toContain('已通过资料审核');
    }
  });

  it('R-SEL-1 all or none: one stale version is CONFLICT naming that application, and the others stay waiting', async () => {
    const [third, fourth] = await rowsNumbered(['SX2026-00003', 'SX2026-00004']);
    const { data, errors } = await approve(as.office_staff, [third!, { ...fourth!, version: fourth!.version - 1 }]);
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', applicationId: fourth!.id, applicationNumber: 'SX2026-00004' });
    expect(errors?.[0]?.message).toContain('SX2026-00004');
    expect(await statusOf('SX2026-00003')).toBe('school_recommended');
    expect(await api.orm.em.fork().count(AuditEntry, { subjectId: 'SX2026-00003' })).toBe(0);
  });

  it('R-SEL-1 one not recommended by its school refuses the whole approval, naming it, and changes nothing', async () => {
    const [fifth] = await rowsNumbered(['SX2026-00005']);
    const [submitted] = await rowsNumbered(['SX2026-00007'], 'SUBMITTED');
    const { errors } = await approve(as.office_staff, [fifth!, submitted!]);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rules: ['R-SEL-1'] });
    expect(errors?.[0]?.extensions?.violations).toEqual([{ rule: 'R-SEL-1', message: expect.stringMatching(/^SX2026-00007: /) }]);
    expect(await statusOf('SX2026-00005')).toBe('school_recommended');
    expect(await api.orm.em.fork().count(OutboxMessage, { recipientHash: recipientKey('applicant005@example.com') })).toBe(0);
  });

  it('R-SEL-1 an application already decided cannot be approved again in a bulk', async () => {
    const [decided] = await rowsNumbered(['SX2026-00001'], 'CONFORMANT');
    const [sixth] = await rowsNumbered(['SX2026-00006']);
    const { errors } = await approve(as.office_staff, [sixth!, decided!]);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rules: ['R-SEL-1'] });
    expect(await statusOf('SX2026-00006')).toBe('school_recommended');
  });

  it('asks for 1 to 100 different applications, and is the office’s alone', async () => {
    const [sixth] = await rowsNumbered(['SX2026-00006']);
    expect((await approve(as.office_staff, [])).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'items' });
    expect((await approve(as.office_staff, [sixth!, sixth!])).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'items' });
    expect((await approve(as.school_coordinator, [sixth!])).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await statusOf('SX2026-00006')).toBe('school_recommended');
  });
});
