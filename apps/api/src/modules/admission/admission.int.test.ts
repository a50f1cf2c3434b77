import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInEveryRole } from '../../../test/fixtures/accounts.js';
import { addInterviewees, setAdmissionSettings } from '../../../test/fixtures/admission.js';
import { approveParticipation } from '../../../test/fixtures/applications.js';
import { download, sheetRows } from '../../../test/fixtures/files.js';
import { addMentor } from '../../../test/fixtures/mentors.js';
import { startTestApi, type TestApi } from '../../../test/test-api.js';
import { Application } from '../applications/application.entity.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { OutboxMessage, recipientKey } from '../notifications/outbox-message.entity.js';

type Browsers = Awaited<ReturnType<typeof signInEveryRole>>;
const BOARD = `year assessmentWeight interviewWeight interviewees admitted publishedAt noticeEndsAt violations { rule disciplineCode }
  disciplines { disciplineCode plannedAdmissions interviewees admitted candidates { applicationId applicationNumber name schoolName rank assessmentScore interviewScore combined proposal decision decidedByOffice version } }`;
const ADMISSION_BOARD = `query { admissionBoard(year: 2026) { ${BOARD} } }`;
const DECIDE = `mutation ($id: ID!, $decision: AdmissionDecision!, $version: Int!) { decideAdmission(applicationId: $id, decision: $decision, version: $version) { ${BOARD} } }`;
const PUBLISH = `mutation { publishAdmissions(year: 2026) { ${BOARD} } }`;
const NOTICE = 'query { admittedNotice(year: 2026) { open endsAt entries { id name schoolName disciplineName } } }';
const RAISE = 'mutation ($input: ObjectionInput!) { raiseObjection(year: 2026, input: $input) }';
const OBJECTIONS = 'query { noticeObjections(year: 2026) { id applicationNumber studentName objectorName objectorContact reason answer version } }';
const ANSWER = 'mutation ($id: ID!, $answer: String!, $version: Int!) { answerObjection(id: $id, answer: $answer, version: $version) { id answer answeredAt version } }';

interface Candidate { applicationId: string; applicationNumber: string; rank: number; combined: number; proposal: string; decision: string; version: number }
interface Board {
  admitted: number;
  publishedAt: string | null;
  noticeEndsAt: string | null;
  violations: { rule: string; disciplineCode: string | null }[];
  disciplines: { disciplineCode: string; admitted: number; interviewees: number; candidates: Candidate[] }[];
}

const number = (sequence: number) => `SX2026-${String(sequence).padStart(5, '0')}`;
// [assessment, interview]: with 0.4 / 0.6 the combined scores are 78, 86, 85, 74, 72, 79, 50, 61, 59
const PHYSICS = [[90, 70], [80, 90], [70, 95], [95, 60], [60, 80], [85, 75], [50, 50], [55, 65], [65, 55]] as const;
const CHEMISTRY = [[80, 80], [70, 70], [60, 60], [50, 50], [40, 40], [30, 30]] as const;
const PUBLISHED_AT = new Date('2025-12-28T10:00:00+08:00');

describe('R-SEL-4 R-SEL-5 R-SEL-6 admission, publication and the public notice', () => {
  let api: TestApi;
  let as: Browsers;
  beforeAll(async () => {
    api = await startTestApi({ now: PUBLISHED_AT });
    as = await signInEveryRole(api);
    const em = api.orm.em.fork();
    const school = await approveParticipation(em, '太原市第五中学（演示）');
    const physics = (await addMentor(em, { name: '物理导师' })).id;
    const chemistry = (await addMentor(em, { name: '化学导师', disciplineCode: 'chemistry' })).id;
    await addInterviewees(em, { school, mentorId: physics, from: 1, scores: PHYSICS, planned: 3 });
    await addInterviewees(em, { school, mentorId: chemistry, disciplineCode: 'chemistry', from: 20, scores: CHEMISTRY, planned: 2 });
  });
  afterAll(() => api.close());

  const board = async () => (await as.office_staff.graphql<{ admissionBoard: Board }>(ADMISSION_BOARD)).data!.admissionBoard;
  const physics = async () => (await board()).disciplines.find((d) => d.disciplineCode === 'physics')!;
  const candidate = async (sequence: number) => (await physics()).candidates.find((c) => c.applicationNumber === number(sequence))!;
  const statusOf = async (sequence: number) => (await api.orm.em.fork().findOneOrFail(Application, { applicationNumber: number(sequence) })).status;

  it('R-SEL-5 ranks each discipline by the combined score with the cycle’s weights and proposes the planned admissions', async () => {
    const rows = (await physics()).candidates;
    expect(rows.map((c) => [c.applicationNumber, c.rank, c.combined, c.proposal])).toEqual([
      [number(2), 1, 86, 'admitted'], [number(3), 2, 85, 'admitted'], [number(6), 3, 79, 'admitted'],
      [number(1), 4, 78, 'waitlisted'], [number(4), 5, 74, 'waitlisted'], [number(5), 6, 72, 'waitlisted'],
      [number(8), 7, 61, 'waitlisted'], [number(9), 8, 59, 'waitlisted'], [number(7), 9, 50, 'waitlisted'],
    ]);
    await setAdmissionSettings(api.orm.em.fork(), { assessmentWeight: 1, interviewWeight: 0 });
    expect((await physics()).candidates.slice(0, 3).map((c) => c.applicationNumber)).toEqual([number(4), number(1), number(6)]);
    await setAdmissionSettings(api.orm.em.fork(), { assessmentWeight: 0.4, interviewWeight: 0.6 });
  });

  it('R-SEL-4 publication is refused while a discipline admits more than its interviewees allow', async () => {
    const fourth = await candidate(1);
    const decided = await as.office_staff.graphql<{ decideAdmission: Board }>(DECIDE, { id: fourth.applicationId, decision: 'admitted', version: fourth.version });
    expect(decided.errors).toBeUndefined();
    const physicsNow = decided.data!.decideAdmission.disciplines.find((d) => d.disciplineCode === 'physics')!;
    expect(physicsNow.admitted).toBe(4);
    expect(decided.data!.decideAdmission.violations).toContainEqual({ rule: 'R-SEL-4', disciplineCode: 'physics' });
    const { errors } = await as.office_staff.graphql(PUBLISH);
    expect(errors![0]!.extensions).toMatchObject({ code: 'RULE_VIOLATION' });
    expect(errors![0]!.extensions!.rules).toContain('R-SEL-4');
    expect(await statusOf(1)).toBe('interviewed');
    const audited = await api.orm.em.fork().count(AuditEntry, { action: 'application.decide_admission', subjectId: number(1), actorAccountId: as.office_staff.accountId });
    expect(audited).toBe(1);
  });

  it('R-SEL-5 a decision on a stale version is CONFLICT and the first decision stays', async () => {
    const fourth = await candidate(1);
    const { errors } = await as.office_staff.graphql(DECIDE, { id: fourth.applicationId, decision: 'not_admitted', version: fourth.version - 1 });
    expect(errors![0]!.extensions).toMatchObject({ code: 'CONFLICT' });
    expect((await candidate(1)).decision).toBe('admitted');
  });

  it('R-SEL-6 publication is refused while the cycle admits fewer than its minimum in all', async () => {
    const fourth = await candidate(1);
    await as.office_staff.graphql(DECIDE, { id: fourth.applicationId, decision: 'waitlisted', version: fourth.version });
    const { errors } = await as.office_staff.graphql(PUBLISH);
    expect(errors![0]!.extensions).toMatchObject({ code: 'RULE_VIOLATION', rules: ['R-SEL-6'] });
    expect(await api.orm.em.fork().count(Application, { status: 'admitted' })).toBe(0);
  });

  it('R-SEL-4 R-SEL-6 publication, once both hold, gives every interviewee their result and tells them', async () => {
    expect((await as.school_coordinator.graphql(PUBLISH)).errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN' });
    await setAdmissionSettings(api.orm.em.fork(), { minAdmissions: 5 });
    const before = await api.orm.em.fork().count(OutboxMessage, {});
    const { data, errors } = await as.office_staff.graphql<{ publishAdmissions: Board }>(PUBLISH);
    expect(errors).toBeUndefined();
    expect(data!.publishAdmissions).toMatchObject({ admitted: 5, violations: [], publishedAt: '2025-12-28T02:00:00.000Z', noticeEndsAt: '2026-01-02T02:00:00.000Z' });
    expect(await statusOf(2)).toBe('admitted');
    expect(await statusOf(1)).toBe('waitlisted');
    expect(await statusOf(21)).toBe('admitted');
    expect(await statusOf(22)).toBe('waitlisted');
    const waitlisted = await api.orm.em.fork().find(Application, { disciplineCode: 'physics', status: 'waitlisted' }, { orderBy: { waitlistPosition: 'asc' } });
    const ranks = waitlisted.map((a) => (data!.publishAdmissions.disciplines.find((d) => d.disciplineCode === 'physics')!.candidates.find((c) => c.applicationNumber === a.applicationNumber)!.rank));
    expect(waitlisted.map((a) => a.waitlistPosition)).toEqual(waitlisted.map((_, i) => i + 1));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const notices = await api.orm.em.fork().find(OutboxMessage, {}, { offset: before, orderBy: { id: 'asc' } });
    expect(notices).toHaveLength(15);
    expect(notices.find((n) => n.recipient === 'applicant002@example.com')!.body).toContain('已被录取');
    expect(notices.find((n) => n.recipient === 'applicant001@example.com')!.body).toContain('候补');
    expect(await api.orm.em.fork().count(AuditEntry, { action: 'application.admit' })).toBe(5);
    const again = await as.office_staff.graphql(PUBLISH);
    expect(again.errors![0]!.extensions).toMatchObject({ code: 'RULE_VIOLATION', rules: ['R-SEL-5'] });
  });

  it('the public notice lists only name, school and discipline of the admitted, and only during its period', async () => {
    const fields = await api.graphql<{ __type: { fields: { name: string }[] } }>('{ __type(name: "AdmittedNoticeEntry") { fields { name } } }');
    expect(fields.data!.__type.fields.map((f) => f.name).sort()).toEqual(['disciplineName', 'id', 'name', 'schoolName']);
    const open = await api.graphql<{ admittedNotice: { open: boolean; entries: { name: string; schoolName: string; disciplineName: string }[] } }>(NOTICE);
    expect(open.data!.admittedNotice.open).toBe(true);
    expect(open.data!.admittedNotice.entries).toHaveLength(5);
    expect(open.data!.admittedNotice.entries[0]).toMatchObject({ name: '学生020', schoolName: '太原市第五中学（演示）', disciplineName: '化学' });
    // Issue 23: an entry is named by an opaque token, not by the application's id or number.
    const ids = (open.data!.admittedNotice.entries as unknown as { id: string }[]).map((e) => e.id);
    expect(ids.every((id) => /^[\w-]{22}$/.test(id) && !/^\d+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(5);
    api.setNow(new Date('2026-01-02T10:00:00+08:00'));
    api.caches.admittedNotice.clear();
    const closed = await api.graphql<{ admittedNotice: { open: boolean; entries: unknown[] } }>(NOTICE);
    expect(closed.data!.admittedNotice).toMatchObject({ open: false, entries: [] });
    const late = await api.graphql(RAISE, { input: { entryId: '1', objectorName: '王先生', objectorContact: 'wang@example.com', reason: '太晚了' } });
    expect(late.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOTICE_CLOSED' });
    api.setNow(PUBLISHED_AT);
    api.caches.admittedNotice.clear();
  });

  it('an objection raised on the notice is listed for the office, answered (audited) and the objector told', async () => {
    const { entries } = (await api.graphql<{ admittedNotice: { entries: { id: string; name: string }[] } }>(NOTICE)).data!.admittedNotice;
    const raised = await api.graphql(RAISE, { input: { entryId: entries[0]!.id, objectorName: '王先生', objectorContact: 'wang@example.com', reason: '该生获奖材料存疑' } });
    expect(raised.errors).toBeUndefined();
    const notListed = await api.graphql(RAISE, { input: { entryId: '99999', objectorName: '王先生', objectorContact: 'wang@example.com', reason: '？' } });
    expect(notListed.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'entryId' });
    const listed = (await as.office_staff.graphql<{ noticeObjections: { id: string; studentName: string; reason: string; version: number }[] }>(OBJECTIONS)).data!.noticeObjections;
    // Issue 23: the objector's contact is masked to the office, shown whole only with a reason, which is audited.
    expect(listed).toEqual([expect.objectContaining({ studentName: entries[0]!.name, reason: '该生获奖材料存疑', answer: null, objectorContact: 'w**g@example.com' })]);
    const REVEAL = 'mutation ($id: ID!, $reason: String!) { revealObjectorContact(id: $id, reason: $reason) }';
    expect((await as.office_staff.graphql(REVEAL, { id: listed[0]!.id, reason: '  ' })).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect((await as.school_coordinator.graphql(REVEAL, { id: listed[0]!.id, reason: '核实' })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const revealed = await as.office_staff.graphql<{ revealObjectorContact: string }>(REVEAL, { id: listed[0]!.id, reason: '电话核实异议内容' });
    expect(revealed.data!.revealObjectorContact).toBe('wang@example.com');
    const [entry] = await api.orm.em.fork().find(AuditEntry, { action: 'admission.reveal_objector_contact' });
    expect(entry).toMatchObject({ subjectId: listed[0]!.id, reason: '电话核实异议内容' });
    const answered = await as.office_staff.graphql(ANSWER, { id: listed[0]!.id, answer: '经核实，材料真实有效。', version: listed[0]!.version });
    expect(answered.errors).toBeUndefined();
    const stale = await as.office_staff.graphql(ANSWER, { id: listed[0]!.id, answer: '再答一次', version: listed[0]!.version });
    expect(stale.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT' });
    const told = await api.orm.em.fork().findOneOrFail(OutboxMessage, { recipientHash: recipientKey('wang@example.com') });
    expect(told.body).toContain('经核实，材料真实有效。');
    expect(await api.orm.em.fork().count(AuditEntry, { action: 'admission.answer_objection' })).toBe(1);
  });

  it('R-SEL-5 the admitted list for the national office and one applicant’s appeal evidence export as Excel', async () => {
    const admitted = await download(api, as.office_staff, '/api/admission/admitted.xlsx?year=2026');
    expect(admitted.status).toBe(200);
    const rows = await sheetRows(admitted.body);
    expect(rows[0]).toEqual(['学科', '学科排名', '报名号', '姓名', '性别', '身份证号', '学校', '年级', '潜质测评成绩', '面试成绩', '综合成绩']);
    expect(rows.slice(1).map((r) => r[2])).toEqual([number(2), number(3), number(6), number(20), number(21)]);
    expect((await download(api, as.school_coordinator, '/api/admission/admitted.xlsx?year=2026')).status).toBe(403);
    // Issue 23: the export is one audit row naming each of the 5 admitted, so each can see it in 谁查看了我的信息.
    const exported = await api.orm.em.fork().getConnection().execute<{ n: number }[]>(
      "select count(*) as n from audit_read_subject s join audit_entry e on e.id = s.entry_id where e.action = 'admission.export_admitted'",
    );
    expect(Number(exported[0]!.n)).toBe(5);
    const file = await download(api, as.office_staff, `/api/admission/evidence.xlsx?applicationId=${(await candidate(1)).applicationId}`);
    expect(file.status, file.body.toString()).toBe(200);
    const evidence = await sheetRows(file.body);
    const text = evidence.map((r) => r.join(' | '));
    expect(text).toContainEqual(expect.stringContaining('R-SEL-4 物理学 | 面试 9 人，录取 3 人：满足'));
    expect(text).toContainEqual(expect.stringContaining('R-SEL-6 | 录取 5 人，不少于 5 人：满足'));
    expect(text).toContainEqual(expect.stringContaining('学科排名 | 4 / 9'));
    expect(text).toContainEqual(expect.stringMatching(/application\.decide_admission \| admitted \| .+ \| 2025-12-28/));
    expect(text).toContainEqual(expect.stringContaining('application.waitlist | 学科第 4 名，综合成绩 78'));
  });

  // Last: the limiter counts real seconds, so after this the notice stays refused to this address for a minute.
  it('Issue 23: the notice answers one address at most 120 times a minute, then refuses', async () => {
    let answered = 0;
    let refusal: unknown = null;
    while (refusal === null && answered <= 120) {
      const { errors } = await api.graphql(NOTICE);
      if (errors) refusal = errors[0]!.extensions?.reason;
      else answered++;
    }
    expect(refusal).toBe('RATE_LIMITED');
    expect(answered).toBeGreaterThan(100);
    expect(answered).toBeLessThanOrEqual(120);
  });
});
