import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, signInEveryRole } from '../../../test/fixtures/accounts.js';
import { approveParticipation } from '../../../test/fixtures/applications.js';
import { addAdmissionResults, CONFIRM_ADMISSION, MY_REPLY, signInApplicant } from '../../../test/fixtures/confirmation.js';
import { addMentor } from '../../../test/fixtures/mentors.js';
import { startTestApi, type TestApi, type TestBrowser } from '../../../test/test-api.js';
import { GuardianConsent } from '../accounts/guardian-consent.entity.js';
import type { Application } from '../applications/application.entity.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Cycle } from '../cycles/cycle.entity.js';
import { MentorAppointment } from '../mentors/mentor-appointment.entity.js';

const COHORT_FIELDS = 'unassigned students { id version applicationNumber name disciplineCode mentorId mentorName choices { mentorId rank mentorName } } mentors { mentorId name capacity taken }';
const COHORT = `query ($cycleId: ID!) { cohort(cycleId: $cycleId) { ${COHORT_FIELDS} } }`;
const PROPOSE = `mutation ($cycleId: ID!) { proposeMentorAssignments(cycleId: $cycleId) { ${COHORT_FIELDS} } }`;
const ASSIGN = `mutation ($studentId: ID!, $version: Int!, $mentorId: ID!) { assignMentor(studentId: $studentId, version: $version, mentorId: $mentorId) { ${COHORT_FIELDS} } }`;

interface Cohort {
  unassigned: number;
  students: { id: string; version: number; applicationNumber: string; mentorId: string | null; mentorName: string | null; choices: { mentorName: string | null }[] }[];
  mentors: { name: string; capacity: number; taken: number }[];
}

describe('Issue 11 R-APP-3: a confirmed admission becomes a student of the cohort, with a mentor within capacity', () => {
  let api: TestApi;
  let office: TestBrowser;
  let cycleId: string;
  let admitted: Application[];
  const ids: Record<string, string> = {};
  const cohort = async () => (await office.graphql<{ cohort: Cohort }>(COHORT, { cycleId })).data!.cohort;

  beforeAll(async () => {
    api = await startTestApi({ now: new Date('2025-12-28T10:00:00+08:00') });
    await signInEveryRole(api);
    office = await signIn(api, 'office@yingcai.test');
    const em = api.orm.em.fork();
    const school = await approveParticipation(em, '太原市第五中学（演示）');
    const chen = await addMentor(em, { name: '陈物理' });
    const li = await addMentor(em, { name: '李物理' });
    const wang = await addMentor(em, { name: '王化学', disciplineCode: 'chemistry' });
    Object.assign(ids, { chen: chen.id, li: li.id, wang: wang.id });
    // 陈物理 takes two students this cycle, 李物理 three (the fixture's default).
    const appointment = await em.findOneOrFail(MentorAppointment, { mentor: chen });
    appointment.capacity = 2;
    ({ admitted } = await addAdmissionResults(em, { school, mentorId: chen.id, disciplineCode: 'physics', from: 1, admitted: 4, waitlisted: 0, notAdmitted: 0 }));
    for (const application of admitted) application.mentorChoices = [{ mentorId: chen.id, rank: 1 }, { mentorId: li.id, rank: 2 }];
    await em.flush();
    cycleId = String((await em.findOneOrFail(Cycle, { year: 2026 })).id);
  });
  afterAll(() => api.close());

  it('an admitted applicant is not yet a student; confirming makes one, with no mentor yet', async () => {
    expect((await cohort()).students).toEqual([]);
    for (const application of admitted) {
      const browser = await signInApplicant(api, application);
      const mine = (await browser.graphql<{ myApplication: { version: number } }>(MY_REPLY)).data!.myApplication;
      expect((await browser.graphql(CONFIRM_ADMISSION, { version: mine.version })).errors).toBeUndefined();
    }
    const after = await cohort();
    expect(after.students.map((s) => s.applicationNumber)).toEqual(['SX2026-00001', 'SX2026-00002', 'SX2026-00003', 'SX2026-00004']);
    expect(after.unassigned).toBe(4);
    expect(after.students[0]!.choices.map((c) => c.mentorName)).toEqual(['陈物理', '李物理']);
  });

  it('the proposal gives the first choice while it has room, then the second: 陈物理 never gets more than 2', async () => {
    const { data, errors } = await office.graphql<{ proposeMentorAssignments: Cohort }>(PROPOSE, { cycleId });
    expect(errors).toBeUndefined();
    const result = data!.proposeMentorAssignments;
    expect(result.students.map((s) => s.mentorName)).toEqual(['陈物理', '陈物理', '李物理', '李物理']);
    expect(result.unassigned).toBe(0);
    expect(result.mentors.filter((m) => m.taken > 0).map((m) => [m.name, m.taken, m.capacity])).toEqual([['李物理', 2, 3], ['陈物理', 2, 2]]);
    const audits = await api.orm.em.fork().find(AuditEntry, { action: 'student.assign_mentor' });
    expect(audits).toHaveLength(4);
    expect(audits.every((a) => a.subjectAccountId !== null)).toBe(true);
  });

  it('by hand: a full mentor and another discipline\'s mentor are refused by R-APP-3; nothing changes', async () => {
    const third = (await cohort()).students[2]!;
    const full = await office.graphql(ASSIGN, { studentId: third.id, version: third.version, mentorId: ids.chen });
    expect(full.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rules: ['R-APP-3'] });
    const chemistry = await office.graphql(ASSIGN, { studentId: third.id, version: third.version, mentorId: ids.wang });
    expect(chemistry.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rules: ['R-APP-3'] });
    expect((await cohort()).students[2]!.mentorName).toBe('李物理');
  });

  it('by hand within capacity, and a stale version is a CONFLICT', async () => {
    const first = (await cohort()).students[0]!;
    const moved = await office.graphql<{ assignMentor: Cohort }>(ASSIGN, { studentId: first.id, version: first.version, mentorId: ids.li });
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.assignMentor.students[0]!.mentorName).toBe('李物理');
    expect(moved.data!.assignMentor.mentors.find((m) => m.name === '陈物理')?.taken).toBe(1);
    const stale = await office.graphql(ASSIGN, { studentId: first.id, version: first.version, mentorId: ids.chen });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('R-CONSENT-1 (issue 23): a student whose guardian withdrew the consent is marked for the office', async () => {
    const em = api.orm.em.fork();
    em.create(GuardianConsent, {
      account: admitted[1]!.applicant, dateOfBirth: '2009-09-01', guardianName: '学生的母亲', guardianPhone: '13900000002', consentVersion: '2026-2', consentText: '…',
      consentedAt: new Date('2025-11-01T02:00:00Z'), withdrawnAt: new Date('2025-12-28T02:00:00Z'),
    });
    await em.flush();
    const marked = (await office.graphql<{ cohort: { students: { applicationNumber: string; consentWithdrawn: boolean }[] } }>(
      'query ($cycleId: ID!) { cohort(cycleId: $cycleId) { students { applicationNumber consentWithdrawn } } }', { cycleId },
    )).data!.cohort.students;
    expect(marked.filter((s) => s.consentWithdrawn).map((s) => s.applicationNumber)).toEqual([admitted[1]!.applicationNumber]);
  });

  it('only the office reads the cohort or assigns', async () => {
    const school = await signIn(api, 'school@yingcai.test');
    expect((await school.graphql(COHORT, { cycleId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await school.graphql(PROPOSE, { cycleId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await office.graphql(COHORT, { cycleId: '99999' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
