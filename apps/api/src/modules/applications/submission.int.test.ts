import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, signInEveryRole } from '../../../test/fixtures/accounts.js';
import { APPLICANT_PASSWORD, approveParticipation, completeDraft, idNumberBornOn, MY_APPLICATION, recordConsent, registerApplicant, saveDraft, SUBMIT, type ApplicationRow } from '../../../test/fixtures/applications.js';
import { addMentor } from '../../../test/fixtures/mentors.js';
import { startTestApi, type TestApi, type TestBrowser } from '../../../test/test-api.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { OutboxMessage, recipientKey } from '../notifications/outbox-message.entity.js';
import { School } from '../schools/school.entity.js';

type Browsers = Awaited<ReturnType<typeof signInEveryRole>>;
// The last minutes of registration and the first of the day after (Shanghai), inside staff's 30-minute idle limit.
const IN_WINDOW = new Date('2025-11-30T23:50:00+08:00');
const AFTER_WINDOW = new Date('2025-12-01T00:05:00+08:00');
const MINOR_BORN = '2009-03-15';

describe('R-APP-1..5 R-CONSENT-1 submitting an application through GraphQL', () => {
  let api: TestApi;
  let as: Browsers;
  let schoolId: string;
  let otherSchoolId: string;
  let physics: string;
  let chemistry: string;
  let draft: ApplicationRow;
  beforeAll(async () => {
    api = await startTestApi({ now: IN_WINDOW });
    as = await signInEveryRole(api);
    const em = api.orm.em.fork();
    schoolId = (await approveParticipation(em, '太原市第五中学（演示）')).id;
    otherSchoolId = (await em.findOneOrFail(School, { name: '山西省实验中学（演示）' })).id;
    physics = (await addMentor(em, { name: '物理导师' })).id;
    chemistry = (await addMentor(em, { name: '化学导师', disciplineCode: 'chemistry' })).id;
    draft = await saveDraft(as.applicant, completeDraft(schoolId, physics));
  });
  afterAll(() => api.close());

  /** Saves a change to the draft, then submits it; returns the refusal's extensions. */
  async function submitWith(browser: TestBrowser, change: Record<string, unknown>) {
    const saved = await saveDraft(browser, change, draft.version);
    const { errors } = await browser.graphql(SUBMIT, { version: saved.version });
    draft = saved;
    return errors?.[0]?.extensions;
  }

  it('R-APP-1 a school not participating in the cycle is refused, and nothing of the draft is lost', async () => {
    expect(await submitWith(as.applicant, { schoolId: otherSchoolId })).toMatchObject({ code: 'RULE_VIOLATION', rules: ['R-APP-1'] });
    expect((await as.applicant.graphql<{ myApplication: ApplicationRow }>(MY_APPLICATION)).data?.myApplication).toEqual(draft);
  });

  it('R-APP-1 a school named outside the list is refused by the rule, not as a missing field; choosing a listed school clears it', async () => {
    expect(await submitWith(as.applicant, { unlistedSchool: '  太原市第九十九中学  ' })).toMatchObject({ code: 'RULE_VIOLATION', rules: ['R-APP-1'] });
    const named = await as.applicant.graphql<{ myApplication: { schoolId: string | null; unlistedSchool: string | null } }>('query { myApplication(year: 2026) { schoolId unlistedSchool } }');
    expect(named.data!.myApplication).toEqual({ schoolId: null, unlistedSchool: '太原市第九十九中学' });
    const listed = await saveDraft(as.applicant, { schoolId }, draft.version);
    draft = listed;
    const back = await as.applicant.graphql<{ myApplication: { schoolId: string | null; unlistedSchool: string | null } }>('query { myApplication(year: 2026) { schoolId unlistedSchool } }');
    expect(back.data!.myApplication).toEqual({ schoolId, unlistedSchool: null });
  });

  it('R-APP-2 ranks outside the top percentages are refused (top 10 % of 400 is 40, top 15 % is 60)', async () => {
    expect(await submitWith(as.applicant, { schoolId, subjectRank: 41, overallRank: 61 })).toMatchObject({ code: 'RULE_VIOLATION', rules: ['R-APP-2'] });
  });

  it('R-APP-3 a mentor of another discipline is refused', async () => {
    expect(await submitWith(as.applicant, { overallRank: 60, mentorChoices: [{ mentorId: chemistry, rank: 1 }] })).toMatchObject({ code: 'RULE_VIOLATION', rules: ['R-APP-3'] });
  });

  it('R-CONSENT-1 a student under 18 without a guardian’s consent is refused; every rule broken is named', async () => {
    const minor = { dateOfBirth: MINOR_BORN, idNumber: idNumberBornOn(MINOR_BORN), mentorChoices: [{ mentorId: physics, rank: 1 }, { mentorId: chemistry, rank: 2 }] };
    expect(await submitWith(as.applicant, minor)).toMatchObject({ code: 'RULE_VIOLATION', rules: ['R-CONSENT-1', 'R-APP-3'] });
  });

  it('a complete valid application submits, gets its number, is audited and the applicant is told', async () => {
    await recordConsent(api, as.applicant, MINOR_BORN);
    const saved = await saveDraft(as.applicant, { mentorChoices: [{ mentorId: physics, rank: 1 }] }, draft.version);
    const { data, errors } = await as.applicant.graphql<{ submitApplication: ApplicationRow }>(SUBMIT, { version: saved.version });
    expect(errors).toBeUndefined();
    expect(data?.submitApplication).toMatchObject({ status: 'SUBMITTED', applicationNumber: 'SX2026-00001', submittedAt: IN_WINDOW.toISOString() });
    const em = api.orm.em.fork();
    expect(await em.count(AuditEntry, { action: 'application.submit', subjectAccountId: as.applicant.accountId })).toBe(1);
    expect((await em.findOneOrFail(OutboxMessage, { recipientHash: recipientKey('13800000001'), subject: '英才计划：报名已提交' })).body).toContain('SX2026-00001');
    const again = await saveDraft(as.applicant, { statement: '改一改' }, data!.submitApplication.version).catch((error: Error) => error.message);
    expect(again).toMatch(/R-APP-4/);
  });

  it('R-APP-5 issue 23: a second application with the same ID number is taken without telling the applicant, and the office sees both flagged', async () => {
    const twin = await registerApplicant(api, 'twin@example.com');
    draft = await saveDraft(twin, completeDraft(schoolId, physics, { idNumber: idNumberBornOn(MINOR_BORN), dateOfBirth: MINOR_BORN }));
    await recordConsent(api, twin, MINOR_BORN);
    const { data, errors } = await twin.graphql<{ submitApplication: ApplicationRow }>(SUBMIT, { version: draft.version });
    expect(errors).toBeUndefined();
    expect(JSON.stringify(data)).not.toContain('R-APP-5');
    const twinNumber = data!.submitApplication.applicationNumber!;
    expect(data!.submitApplication).toMatchObject({ status: 'SUBMITTED', applicationNumber: expect.stringMatching(/^SX2026-\d{5}$/) });
    await api.orm.em.fork().getConnection().execute("update application set status = 'school_recommended' where application_number in ('SX2026-00001', ?)", [twinNumber]);
    const queue = await as.office_staff.graphql<{ reviewQueue: { rows: { applicationNumber: string; flags: { rule: string; message: string }[] }[] } }>(
      'query { reviewQueue(year: 2026) { rows { applicationNumber flags { rule message } } } }',
    );
    const duplicates = queue.data!.reviewQueue.rows.map((row) => [row.applicationNumber, row.flags.filter((f) => f.rule === 'R-APP-5').map((f) => f.message)]);
    expect(duplicates).toEqual([
      ['SX2026-00001', [expect.stringContaining(twinNumber)]],
      [twinNumber, [expect.stringContaining('SX2026-00001')]],
    ]);
    await api.orm.em.fork().getConnection().execute("update application set status = 'submitted' where application_number in ('SX2026-00001', ?)", [twinNumber]);
  });

  it('R-APP-4 a submission after the registration window is refused; the office’s extension for the school lets it through', async () => {
    const late = await registerApplicant(api, 'late@example.com');
    draft = await saveDraft(late, completeDraft(schoolId, physics, { idNumber: idNumberBornOn('2007-09-01', '246') }));
    api.setNow(AFTER_WINDOW);
    try {
      expect((await late.graphql(SUBMIT, { version: draft.version })).errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rules: ['R-APP-4'] });
      const extended = await as.office_staff.graphql('mutation ($school: ID!) { extendWindow(year: 2026, milestoneKey: "registration", extendedUntil: "2025-12-10", reason: "系统故障补报", schoolId: $school) { extendedUntil } }', { school: schoolId });
      expect(extended.errors).toBeUndefined();
      const { data } = await late.graphql<{ submitApplication: ApplicationRow }>(SUBMIT, { version: draft.version });
      expect(data?.submitApplication).toMatchObject({ status: 'SUBMITTED', applicationNumber: expect.stringMatching(/^SX2026-\d{5}$/) });
    } finally {
      api.setNow(IN_WINDOW);
    }
  });

  it('R-APP-4 the office’s extension for one applicant lets that applicant submit late, and nobody else', async () => {
    const mine = await saveDraft(await registerApplicant(api, 'ill@example.com'), completeDraft(schoolId, physics, { idNumber: idNumberBornOn('2007-09-01', '357') }));
    const theirs = await saveDraft(await registerApplicant(api, 'other@example.com'), completeDraft(schoolId, physics, { idNumber: idNumberBornOn('2007-09-01', '468') }));
    api.setNow(new Date('2025-12-12T09:00:00+08:00'));
    try {
      const [office, extendedApplicant, other] = await Promise.all([
        signIn(api, 'office@yingcai.test'), signIn(api, 'ill@example.com', APPLICANT_PASSWORD), signIn(api, 'other@example.com', APPLICANT_PASSWORD),
      ]);
      const extended = await office.graphql<{ extendWindow: { applicantName: string } }>(
        'mutation { extendWindow(year: 2026, milestoneKey: "registration", extendedUntil: "2025-12-20", reason: "住院补报", applicantContact: "ILL@example.com") { applicantName schoolName } }',
      );
      expect(extended.data?.extendWindow).toEqual({ applicantName: '王同学', schoolName: null });
      expect((await other.graphql(SUBMIT, { version: theirs.version })).errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rules: ['R-APP-4'] });
      const { data, errors } = await extendedApplicant.graphql<{ submitApplication: ApplicationRow }>(SUBMIT, { version: mine.version });
      expect(errors).toBeUndefined();
      expect(data?.submitApplication.status).toBe('SUBMITTED');
    } finally {
      api.setNow(IN_WINDOW);
    }
  });

  it('R-APP-4 an extension for one applicant is for registration only, and not for a school at once', async () => {
    const extend = (milestone: string, school: string | null) =>
      as.office_staff.graphql('mutation ($milestone: String!, $school: ID) { extendWindow(year: 2026, milestoneKey: $milestone, extendedUntil: "2026-12-20", reason: "补报", schoolId: $school, applicantContact: "ill@example.com") { extendedUntil } }', { milestone, school });
    expect((await extend('school_participation', null)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'applicantContact' });
    expect((await extend('registration', schoolId)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'applicantContact' });
  });

  it('R-APP-5 the same ID number typed with a lower-case x is still matched to the first; the database keeps only its keyed hash (issue 22)', async () => {
    const withX = ['100', '101', '102', '103', '104', '105', '106', '107', '108', '109', '110'].map((seq) => idNumberBornOn('2007-09-01', seq)).find((id) => id.endsWith('X'))!;
    const first = await registerApplicant(api, 'x-upper@example.com');
    const saved = await saveDraft(first, completeDraft(schoolId, physics, { idNumber: withX }));
    expect((await first.graphql(SUBMIT, { version: saved.version })).errors).toBeUndefined();
    const second = await registerApplicant(api, 'x-lower@example.com');
    draft = await saveDraft(second, completeDraft(schoolId, physics, { idNumber: withX.toLowerCase() }));
    expect(await submitWith(second, {})).toBeUndefined();
    const hashes = await api.orm.em.fork().getConnection().execute<{ submitted_id_hash: string }[]>(
      'select submitted_id_hash from application where submitted_id_hash is not null order by id desc limit 2',
    );
    expect(hashes[0]!.submitted_id_hash).toBe(hashes[1]!.submitted_id_hash);
    const stored = JSON.stringify(await api.orm.em.fork().getConnection().execute('select * from application'));
    expect(stored).not.toContain(withX.slice(0, 17));
  });
});
