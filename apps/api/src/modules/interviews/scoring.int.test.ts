import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInEveryRole } from '../../../test/fixtures/accounts.js';
import { approveParticipation } from '../../../test/fixtures/applications.js';
import {
  addInvitedApplications, ASSIGN, CREATE_SLOT, DECLARE_CONFLICT, INTERVIEWEES, mentorAccount, morningSlot, MY_INTERVIEWS, RECORD, RUBRIC,
  SET_PANEL, sheet, SUBMIT_SHEET, type SlotRow,
} from '../../../test/fixtures/interviews.js';
import { addMentor } from '../../../test/fixtures/mentors.js';
import { startTestApi, type TestApi, type TestBrowser } from '../../../test/test-api.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';

type Browsers = Awaited<ReturnType<typeof signInEveryRole>>;
type Member = TestBrowser & { accountId: string };
const NOW = new Date('2025-12-20T11:00:00+08:00');

interface MyRow { assignmentId: string; applicationNumber: string; asked: boolean; recorded: boolean; sheet: { conflict: boolean; total: number | null } | null }
interface IntervieweeRow { applicationId: string; applicationNumber: string; version: number; status: string; awaiting: number; meanScore: number | null; score: number | null; sheets: { memberName: string; conflict: boolean; total: number | null }[] }

describe('R-SEL-5 panel members score their interviewees; the office records the interview', () => {
  let api: TestApi;
  let as: Browsers;
  let colleague: Member;
  let outsider: Member;
  beforeAll(async () => {
    api = await startTestApi({ now: NOW });
    as = await signInEveryRole(api);
    colleague = await mentorAccount(api, '李导师', 'li@example.com');
    outsider = await mentorAccount(api, '王导师', 'wang@example.com');
    const em = api.orm.em.fork();
    const school = await approveParticipation(em, '太原市第五中学（演示）');
    const invited = await addInvitedApplications(em, { school, mentorId: (await addMentor(em, { name: '物理导师' })).id, sequences: [1, 2, 3, 4] });
    const slotOf = async (input: Record<string, unknown>, members: string[], applications: typeof invited) => {
      const created = (await as.office_staff.graphql<{ createInterviewSlot: SlotRow }>(CREATE_SLOT, { disciplineCode: 'physics', input })).data!.createInterviewSlot;
      const paneled = (await as.office_staff.graphql<{ setInterviewPanel: SlotRow }>(SET_PANEL, { slotId: created.id, version: created.version, accountIds: members })).data!.setInterviewPanel;
      await as.office_staff.graphql(ASSIGN, { slotId: paneled.id, version: paneled.version, applicationIds: applications.map((a) => String(a.id)) });
    };
    await slotOf(morningSlot(), [as.mentor.accountId, colleague.accountId, as.office_staff.accountId], invited.slice(0, 3));
    await slotOf(morningSlot({ startsAt: '2025-12-20T06:00:00.000Z', endsAt: '2025-12-20T09:00:00.000Z' }), [outsider.accountId], invited.slice(3));
  });
  afterAll(() => api.close());

  const mine = async (member: TestBrowser) => (await member.graphql<{ myInterviews: { total: number; rows: MyRow[] } }>(MY_INTERVIEWS)).data!.myInterviews;
  const interviewOf = async (member: TestBrowser, number: string) => (await mine(member)).rows.find((row) => row.applicationNumber === number)!;
  const submit = async (member: TestBrowser, number: string, input: ReturnType<typeof sheet>, assignmentId?: string) =>
    member.graphql<{ submitScoreSheet: MyRow }>(SUBMIT_SHEET, { assignmentId: assignmentId ?? (await interviewOf(member, number)).assignmentId, input });
  const interviewees = async () => {
    const slotId = (await as.office_staff.graphql<{ interviewSlots: { rows: SlotRow[] } }>('query { interviewSlots(year: 2026) { rows { id } } }')).data!.interviewSlots.rows[0]!.id;
    return (await as.office_staff.graphql<{ interviewees: { rows: IntervieweeRow[] } }>(INTERVIEWEES, { slotId })).data!.interviewees.rows;
  };
  const record = (row: IntervieweeRow, browser: TestBrowser = as.office_staff) =>
    browser.graphql<{ recordInterview: IntervieweeRow }>(RECORD, { applicationId: row.applicationId, version: row.version });

  it('R-SEL-5 the rubric is the cycle’s data: 科研潜质 40, 学科基础 30, 表达与思维 30', async () => {
    const { data } = await as.mentor.graphql<{ interviewRubric: unknown[] }>(RUBRIC);
    expect(data?.interviewRubric).toEqual([
      { code: 'research_potential', name: '科研潜质', maxPoints: 40 },
      { code: 'foundation', name: '学科基础', maxPoints: 30 },
      { code: 'expression', name: '表达与思维', maxPoints: 30 },
    ]);
  });

  it('R-SEL-5 a member lists only the interviewees of their own panels, with the slot and no contact data', async () => {
    const rows = (await mine(as.mentor)).rows;
    expect(rows.map((row) => row.applicationNumber)).toEqual(['SX2026-00001', 'SX2026-00002', 'SX2026-00003']);
    expect(rows[0]).toMatchObject({ asked: true, recorded: false, sheet: null, slot: { place: '山西大学物理楼 201' } });
    expect((await mine(outsider)).rows.map((row) => row.applicationNumber)).toEqual(['SX2026-00004']);
    expect((await mine(as.school_coordinator)).total).toBe(0);
    // Issue 23: a member's read of their interviewees is recorded, one row per applicant shown.
    const [read] = await api.orm.em.fork().getConnection().execute<{ shown: number }[]>(
      "select count(*) as shown from audit_read_subject s join audit_entry e on e.id = s.entry_id where e.action = 'application.my_interviews' and e.actor_account_id = ?", [as.mentor.accountId],
    );
    expect(Number(read!.shown)).toBe(3);
  });

  it('R-SEL-5 a member cannot score outside their panel', async () => {
    const theirs = (await interviewOf(as.mentor, 'SX2026-00001')).assignmentId;
    const { errors } = await submit(outsider, 'SX2026-00001', sheet(30, 20, 20), theirs);
    // issue 10: another panel's interview answers as one that does not exist
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await submit(as.university_coordinator, '', sheet(30, 20, 20), theirs)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('R-SEL-5 points out of a criterion’s range are refused, naming the criterion; nothing is saved', async () => {
    const { errors } = await submit(as.mentor, 'SX2026-00001', sheet(45, 20, 20));
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'research_potential', criterion: '科研潜质' });
    expect(errors?.[0]?.message).toContain('科研潜质: points are 0 to 40, got 45');
    const negative = await submit(as.mentor, 'SX2026-00001', sheet(30, 20, -1));
    expect(negative.errors?.[0]?.extensions).toMatchObject({ field: 'expression', criterion: '表达与思维' });
    expect((await interviewOf(as.mentor, 'SX2026-00001')).sheet).toBeNull();
  });

  it('R-SEL-5 a member with a conflict is not asked to score that applicant and is left out of the mean', async () => {
    expect((await submit(as.mentor, 'SX2026-00001', sheet(36, 26, 28))).data?.submitScoreSheet.sheet).toMatchObject({ conflict: false, total: 90 });
    expect((await submit(colleague, 'SX2026-00001', sheet(30, 20, 20))).errors).toBeUndefined();
    const assignmentId = (await interviewOf(as.office_staff, 'SX2026-00001')).assignmentId;
    const declared = await as.office_staff.graphql<{ declareConflictOfInterest: MyRow }>(DECLARE_CONFLICT, { assignmentId, reason: '该生是我的亲属' });
    expect(declared.data?.declareConflictOfInterest).toMatchObject({ asked: false, sheet: { conflict: true, total: null } });
    expect((await interviewOf(as.office_staff, 'SX2026-00001')).asked).toBe(false);
    const refused = await submit(as.office_staff, 'SX2026-00001', sheet(10, 10, 10));
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rules: ['R-SEL-5'] });
    const row = (await interviewees()).find((r) => r.applicationNumber === 'SX2026-00001')!;
    expect(row).toMatchObject({ awaiting: 0, meanScore: 80 });
    expect(row.sheets.map((s) => [s.memberName, s.conflict, s.total])).toEqual([['陈教授（演示）', false, 90], ['李导师', false, 70], ['省管办 王老师（演示）', true, null]]);
  });

  it('R-SEL-5 recording with no score is refused; nothing changes', async () => {
    const row = (await interviewees()).find((r) => r.applicationNumber === 'SX2026-00002')!;
    const { errors } = await record(row);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rules: ['R-SEL-5'] });
    expect(errors?.[0]?.message).toContain('no panel member has scored');
    expect((await interviewees()).find((r) => r.applicationNumber === 'SX2026-00002')!.status).toBe('INVITED');
  });

  it('R-SEL-5 recording fixes the mean as the interview score, moves the application to interviewed, audited; the sheets are then fixed', async () => {
    const row = (await interviewees()).find((r) => r.applicationNumber === 'SX2026-00001')!;
    expect((await record(row, as.mentor)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { data, errors } = await record(row);
    expect(errors).toBeUndefined();
    expect(data?.recordInterview).toMatchObject({ status: 'INTERVIEWED', score: 80 });
    const entry = await api.orm.em.fork().findOneOrFail(AuditEntry, { action: 'application.record_interview', subjectId: 'SX2026-00001' });
    expect(entry).toMatchObject({ actorRole: 'office_staff', reason: '面试成绩 80 分' });
    const late = await submit(colleague, 'SX2026-00001', sheet(40, 30, 30));
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rules: ['R-SEL-5'] });
    expect((await interviewOf(colleague, 'SX2026-00001'))).toMatchObject({ recorded: true, asked: false, sheet: { total: 70 } });
  });

  it('R-SEL-5 two staff recording the same interview: the second gets CONFLICT', async () => {
    await submit(colleague, 'SX2026-00003', sheet(30, 25, 25));
    const row = (await interviewees()).find((r) => r.applicationNumber === 'SX2026-00003')!;
    expect((await record(row, as.university_coordinator)).errors).toBeUndefined();
    expect((await record(row)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});
