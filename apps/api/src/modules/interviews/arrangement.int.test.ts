import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGIN, signInEveryRole } from '../../../test/fixtures/accounts.js';
import { approveParticipation } from '../../../test/fixtures/applications.js';
import {
  addInvitedApplications, ASSIGN, AUTO_ASSIGN, CREATE_SLOT, INTERVIEW_SLOTS, mentorAccount, morningSlot, PANEL_CANDIDATES, SET_PANEL,
  UNASSIGN, UPDATE_SLOT, WAITING, type SlotRow,
} from '../../../test/fixtures/interviews.js';
import { addMentor } from '../../../test/fixtures/mentors.js';
import { addSubmittedApplication } from '../../../test/fixtures/school-review.js';
import { startTestApi, type TestApi, type TestBrowser } from '../../../test/test-api.js';
import { Account } from '../accounts/account.entity.js';
import { emailWhere } from '../accounts/contact.js';
import { RoleGrant } from '../accounts/role-grant.entity.js';
import { hashPassword } from '../accounts/secrets.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { OutboxMessage, recipientKey } from '../notifications/outbox-message.entity.js';

type Browsers = Awaited<ReturnType<typeof signInEveryRole>>;
const NOW = new Date('2025-12-10T10:00:00+08:00');

describe('R-SEL-5 the office arranges interviews: slots, panels, interviewees', () => {
  let api: TestApi;
  let as: Browsers;
  let chemist: TestBrowser & { accountId: string };
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    api = await startTestApi({ now: NOW });
    as = await signInEveryRole(api);
    chemist = await mentorAccount(api, '化学导师', 'chemist@example.com', 'chemistry');
    const em = api.orm.em.fork();
    const school = await approveParticipation(em, '太原市第五中学（演示）');
    const physics = (await addMentor(em, { name: '物理导师' })).id;
    const invited = await addInvitedApplications(em, { school, mentorId: physics, sequences: [3, 1, 2, 4] });
    invited.forEach((application) => (ids[application.applicationNumber!] = String(application.id)));
    ids.chemistry = String((await addInvitedApplications(em, { school, mentorId: physics, sequences: [5], disciplineCode: 'chemistry' }))[0]!.id);
    ids.assessed = String((await addSubmittedApplication(em, { school, mentorId: physics, sequence: 6, status: 'assessed' })).id);
  });
  afterAll(() => api.close());

  const create = (browser: TestBrowser, input: Record<string, unknown>, disciplineCode = 'physics') =>
    browser.graphql<{ createInterviewSlot: SlotRow }>(CREATE_SLOT, { disciplineCode, input });
  const slots = async () => (await as.office_staff.graphql<{ interviewSlots: { rows: SlotRow[] } }>(INTERVIEW_SLOTS, { disciplineCode: 'physics' })).data!.interviewSlots.rows;
  const assign = (browser: TestBrowser, slot: SlotRow, applicationIds: string[]) =>
    browser.graphql<{ assignInterviewees: SlotRow }>(ASSIGN, { slotId: slot.id, version: slot.version, applicationIds });

  it('R-SEL-5 a slot needs an end after its start and a place or a link; each problem is named', async () => {
    const { errors } = await create(as.office_staff, morningSlot({ endsAt: '2025-12-20T00:00:00.000Z', place: null }));
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsAt' });
    expect((errors?.[0]?.extensions?.errors as { field: string }[]).map((e) => e.field)).toEqual(['endsAt', 'place']);
    const other = await create(as.office_staff, morningSlot(), 'astrology');
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'disciplineCode' });
  });

  it('R-SEL-5 the office and the university open slots; a school or a mentor cannot', async () => {
    const office = await create(as.office_staff, morningSlot());
    expect(office.errors).toBeUndefined();
    expect(office.data?.createInterviewSlot).toMatchObject({ disciplineCode: 'physics', capacity: 3, assigned: 0, members: [] });
    const university = await create(as.university_coordinator, morningSlot({ startsAt: '2025-12-20T06:00:00.000Z', endsAt: '2025-12-20T09:00:00.000Z', place: null, onlineLink: 'https://meeting.example.cn/j/2026' }));
    expect(university.errors).toBeUndefined();
    expect((await create(as.school_coordinator, morningSlot())).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await create(as.mentor, morningSlot())).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await slots()).map((slot) => slot.place ?? slot.onlineLink)).toEqual(['山西大学物理楼 201', 'https://meeting.example.cn/j/2026']);
  });

  it('R-SEL-5 a panel is office staff and mentors approved for the cycle in the discipline; anyone else is refused by name', async () => {
    const candidates = (await as.office_staff.graphql<{ panelCandidates: { accountId: string; role: string }[] }>(PANEL_CANDIDATES, { disciplineCode: 'physics' })).data!.panelCandidates;
    expect(candidates).toEqual(expect.arrayContaining([{ accountId: as.mentor.accountId, name: '陈教授（演示）', role: 'MENTOR' }, expect.objectContaining({ accountId: as.office_staff.accountId, role: 'OFFICE_STAFF' })]));
    expect(candidates.map((c) => c.accountId)).not.toContain(chemist.accountId);
    const [slot] = await slots();
    const refused = await as.office_staff.graphql(SET_PANEL, { slotId: slot!.id, version: slot!.version, accountIds: [as.mentor.accountId, chemist.accountId, as.school_coordinator.accountId] });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', accountIds: [chemist.accountId, as.school_coordinator.accountId] });
    const { data, errors } = await as.office_staff.graphql<{ setInterviewPanel: SlotRow }>(SET_PANEL, { slotId: slot!.id, version: slot!.version, accountIds: [as.mentor.accountId, as.office_staff.accountId] });
    expect(errors).toBeUndefined();
    expect(data?.setInterviewPanel.members.map((m) => m.role).sort()).toEqual(['MENTOR', 'OFFICE_STAFF']);
    expect(data?.setInterviewPanel.version).toBeGreaterThan(slot!.version);
  });

  it('R-SEL-5 two staff arranging the same slot: the second, on the version it read, gets CONFLICT', async () => {
    const [slot] = await slots();
    expect((await as.office_staff.graphql(SET_PANEL, { slotId: slot!.id, version: slot!.version, accountIds: [as.mentor.accountId] })).errors).toBeUndefined();
    const second = await as.university_coordinator.graphql(SET_PANEL, { slotId: slot!.id, version: slot!.version, accountIds: [as.office_staff.accountId] });
    expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', slotId: slot!.id });
  });

  it('R-SEL-3 R-SEL-5 only invited applicants of the slot’s discipline are assigned', async () => {
    const [slot] = await slots();
    const notInvited = await assign(as.office_staff, slot!, [ids.assessed!]);
    expect(notInvited.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rules: ['R-SEL-3'] });
    const otherDiscipline = await assign(as.office_staff, slot!, [ids.chemistry!]);
    expect(otherDiscipline.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rules: ['R-SEL-5'] });
  });

  it('R-SEL-5 the applicant gets a notice with the slot’s time and place, and sees it on their application', async () => {
    const [slot] = await slots();
    const { data, errors } = await assign(as.office_staff, slot!, [ids['SX2026-00001']!]);
    expect(errors).toBeUndefined();
    expect(data?.assignInterviewees.assigned).toBe(1);
    const notice = await api.orm.em.fork().findOneOrFail(OutboxMessage, { recipientHash: recipientKey('applicant001@example.com') });
    expect(notice.subject).toBe('英才计划：面试安排');
    expect(notice.body).toContain('SX2026-00001');
    expect(notice.body).toContain('2025年12月20日 09:00–12:00（北京时间）');
    expect(notice.body).toContain('地点：山西大学物理楼 201');
    expect(await api.orm.em.fork().count(AuditEntry, { action: 'interview.assign', subjectId: 'SX2026-00001' })).toBe(1);

    const em = api.orm.em.fork();
    const account = await em.findOneOrFail(Account, emailWhere('applicant001@example.com'));
    account.passwordHash = await hashPassword('applicant passphrase 2026');
    em.create(RoleGrant, { account, role: 'applicant' });
    await em.flush();
    const applicant = api.browser();
    await applicant.graphql(LOGIN, { login: 'applicant001@example.com', password: 'applicant passphrase 2026' });
    const mine = await applicant.graphql<{ myApplication: { interview: unknown } }>('query { myApplication(year: 2026) { status interview { startsAt place onlineLink } } }');
    expect(mine.data?.myApplication.interview).toEqual({ startsAt: '2025-12-20T01:00:00.000Z', place: '山西大学物理楼 201', onlineLink: null });
  });

  it('R-SEL-5 a slot takes no more than its capacity', async () => {
    const [slot] = await slots();
    const { errors } = await assign(as.office_staff, slot!, [ids['SX2026-00002']!, ids['SX2026-00003']!, ids['SX2026-00004']!]);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SLOT_FULL' });
    expect((await slots())[0]!.assigned).toBe(1);
  });

  it('R-SEL-5 auto-assignment fills the earliest slot first in application number order; the rest wait', async () => {
    const { data, errors } = await as.office_staff.graphql<{ autoAssignInterviewees: { assigned: number; unplaced: number } }>(AUTO_ASSIGN, { disciplineCode: 'physics' });
    expect(errors).toBeUndefined();
    expect(data?.autoAssignInterviewees).toEqual({ assigned: 3, unplaced: 0 });
    expect((await slots()).map((slot) => slot.assigned)).toEqual([3, 1]);
    const waiting = await as.office_staff.graphql<{ waitingInterviewees: { total: number } }>(WAITING, { disciplineCode: 'physics' });
    expect(waiting.data?.waitingInterviewees.total).toBe(0);
    const online = await api.orm.em.fork().findOneOrFail(OutboxMessage, { recipientHash: recipientKey('applicant004@example.com') });
    expect(online.body).toContain('线上面试链接：https://meeting.example.cn/j/2026');
  });

  it('R-SEL-5 a new time is told to the slot’s applicants; capacity cannot fall below who is in it', async () => {
    const [slot] = await slots();
    const tooSmall = await as.office_staff.graphql(UPDATE_SLOT, { id: slot!.id, version: slot!.version, input: morningSlot({ capacity: 2 }) });
    expect(tooSmall.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'capacity' });
    const moved = await as.office_staff.graphql(UPDATE_SLOT, { id: slot!.id, version: slot!.version, input: morningSlot({ startsAt: '2025-12-21T01:00:00.000Z', endsAt: '2025-12-21T04:00:00.000Z' }) });
    expect(moved.errors).toBeUndefined();
    const notices = await api.orm.em.fork().find(OutboxMessage, { recipientHash: recipientKey('applicant002@example.com') }, { orderBy: { id: 'desc' } });
    expect(notices[0]!.body).toContain('面试安排有变更');
    expect(notices[0]!.body).toContain('2025年12月21日 09:00–12:00');
  });

  it('R-SEL-5 an applicant nobody has scored can be taken out and waits again', async () => {
    const slot = (await slots()).find((row) => row.place === '山西大学物理楼 201');
    const { data, errors } = await as.office_staff.graphql<{ unassignInterviewee: SlotRow }>(UNASSIGN, { slotId: slot!.id, version: slot!.version, applicationId: ids['SX2026-00003'] });
    expect(errors).toBeUndefined();
    expect(data?.unassignInterviewee.assigned).toBe(2);
    const waiting = await as.office_staff.graphql<{ waitingInterviewees: { rows: { applicationNumber: string }[] } }>(WAITING, { disciplineCode: 'physics' });
    expect(waiting.data?.waitingInterviewees.rows.map((row) => row.applicationNumber)).toEqual(['SX2026-00003']);
    // Issue 23: the read is recorded with the one applicant it showed.
    const [read] = await api.orm.em.fork().getConnection().execute<{ role: string; shown: number }[]>(
      "select e.actor_role as role, count(s.entry_id) as shown from audit_entry e join audit_read_subject s on s.entry_id = e.id where e.action = 'application.interview_waiting' group by e.id, e.actor_role order by e.id desc limit 1",
    );
    expect({ role: read!.role, shown: Number(read!.shown) }).toEqual({ role: 'office_staff', shown: 1 });
  });
});
