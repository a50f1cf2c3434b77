import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInEveryRole } from '../../../test/fixtures/accounts.js';
import { approveParticipation, idNumberBornOn } from '../../../test/fixtures/applications.js';
import { addMentor } from '../../../test/fixtures/mentors.js';
import { addAssessedApplications, addConformantApplications, scoreCsv, uploadScores } from '../../../test/fixtures/selection.js';
import { startTestApi, type TestApi, type TestBrowser } from '../../../test/test-api.js';
import { Application } from '../applications/application.entity.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { OutboxMessage } from '../notifications/outbox-message.entity.js';

type Browsers = Awaited<ReturnType<typeof signInEveryRole>>;
const DISCIPLINE = 'disciplineCode assessed: scores plannedAdmissions cutOff invited ratioAchieved publishedAt version proposal { cutOff invited required reachable maxAdmissions }';
const BOARD = `year interviewRatio plannedAdmissions invited ratioAchieved violations { rule disciplineCode } disciplines { ${DISCIPLINE.replace('assessed: ', '')} }`;
const CUT_OFF_BOARD = `query { cutOffBoard(year: 2026) { ${BOARD} } }`;
const SET_CUT_OFF = `mutation ($input: CutOffInput!) { setCutOff(year: 2026, input: $input) { ${BOARD} } }`;
const PUBLISH = `mutation ($code: String!, $version: Int!) { publishInvitations(year: 2026, disciplineCode: $code, version: $version) { ${BOARD} } }`;
const SCORES = `query ($code: String) { assessmentScores(year: 2026, disciplineCode: $code) { total rows { applicationNumber name assessmentScore status } } }`;

interface Row {
  disciplineCode: string;
  scores: number[];
  plannedAdmissions: number | null;
  cutOff: number | null;
  invited: number;
  publishedAt: string | null;
  version: number | null;
  proposal: { cutOff: number | null; invited: number; required: number; reachable: boolean; maxAdmissions: number } | null;
}
interface Board {
  invited: number;
  plannedAdmissions: number;
  violations: { rule: string; disciplineCode: string | null }[];
  disciplines: Row[];
}

describe('R-SEL-3 R-SEL-4 cut-offs per discipline and the invited list', () => {
  let api: TestApi;
  let as: Browsers;
  beforeAll(async () => {
    api = await startTestApi({ now: new Date('2025-12-10T10:00:00+08:00') });
    as = await signInEveryRole(api);
    const em = api.orm.em.fork();
    const school = await approveParticipation(em, '太原市第五中学（演示）');
    const physics = (await addMentor(em, { name: '物理导师' })).id;
    const chemistry = (await addMentor(em, { name: '化学导师', disciplineCode: 'chemistry' })).id;
    await addAssessedApplications(em, { school, mentorId: physics, from: 1, scores: [90, 85, 80, 75, 70, 70, 65, 60] });
    await addAssessedApplications(em, { school, mentorId: chemistry, disciplineCode: 'chemistry', from: 20, scores: [88, 77] });
    await addConformantApplications(em, { school, mentorId: physics, from: 30, count: 1 });
  });
  afterAll(() => api.close());

  const board = async (browser: TestBrowser = as.office_staff) => (await browser.graphql<{ cutOffBoard: Board }>(CUT_OFF_BOARD)).data!.cutOffBoard;
  const row = async (code: string) => (await board()).disciplines.find((d) => d.disciplineCode === code)!;
  const set = (input: Record<string, unknown>, browser: TestBrowser = as.office_staff) => browser.graphql<{ setCutOff: Board }>(SET_CUT_OFF, { input });
  const status = async (sequence: number) =>
    (await api.orm.em.fork().findOneOrFail(Application, { applicationNumber: `SX2026-${String(sequence).padStart(5, '0')}` })).status;

  it('shows each discipline’s assessed scores, highest first, with nothing planned yet', async () => {
    const physics = await row('physics');
    expect(physics).toMatchObject({ scores: [90, 85, 80, 75, 70, 70, 65, 60], plannedAdmissions: null, cutOff: null, invited: 0, proposal: null, version: null });
    expect(await row('biology')).toMatchObject({ scores: [], invited: 0 });
  });

  it('R-SEL-4 a cut-off inviting fewer than 3 × planned is refused, naming the rule; nothing is saved', async () => {
    const { errors } = await set({ disciplineCode: 'physics', plannedAdmissions: 2, cutOff: 75 });
    // Issue 11: the figures come as data, for the console to say in Chinese: 8 assessed allow at most 2 at 3 : 1.
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rules: ['R-SEL-4'], invited: 4, required: 6, assessed: 8, maxAdmissions: 2 });
    expect(errors?.[0]?.message).toContain('invites 4, fewer than the 6 needed');
    expect((await row('physics')).plannedAdmissions).toBeNull();
  });

  it('R-SEL-3 the proposal is the highest cut-off inviting 3 × planned, the tie at it invited too; a lower cut-off is the office’s choice', async () => {
    const { data, errors } = await set({ disciplineCode: 'physics', plannedAdmissions: 2, cutOff: 65 });
    expect(errors).toBeUndefined();
    const physics = data!.setCutOff.disciplines.find((d) => d.disciplineCode === 'physics')!;
    expect(physics).toMatchObject({ plannedAdmissions: 2, cutOff: 65, invited: 7, version: 1 });
    expect(physics.proposal).toEqual({ cutOff: 70, invited: 6, required: 6, reachable: true, maxAdmissions: 2 });
    const again = await set({ disciplineCode: 'physics', plannedAdmissions: 2, cutOff: 70, version: 1 });
    expect(again.data!.setCutOff.disciplines.find((d) => d.disciplineCode === 'physics')).toMatchObject({ cutOff: 70, invited: 6, version: 2 });
    expect(again.data!.setCutOff).toMatchObject({ plannedAdmissions: 2, invited: 6, violations: [] });
    const audited = await api.orm.em.fork().find(AuditEntry, { action: 'selection.set_cut_off' }, { orderBy: { id: 'asc' } });
    expect(audited.map((a) => a.reason)).toEqual(['planned 2, cut-off 65, 7 invited', 'planned 2, cut-off 70, 6 invited']);
  });

  it('the second of two staff deciding on the same version gets CONFLICT', async () => {
    const { errors } = await set({ disciplineCode: 'physics', plannedAdmissions: 2, cutOff: 65, version: 1 });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', disciplineCode: 'physics' });
    expect((await row('physics')).cutOff).toBe(70);
  });

  it('R-SEL-4 a discipline with too few assessed says so and refuses every cut-off', async () => {
    const { errors } = await set({ disciplineCode: 'chemistry', plannedAdmissions: 1, cutOff: 77 });
    expect(errors?.[0]?.extensions).toMatchObject({ rules: ['R-SEL-4'], invited: 2, required: 3, assessed: 2, maxAdmissions: 0 });
    expect(errors?.[0]?.message).toContain('plan at most 0 admissions: there are only 2 applicants');
    const { data } = await set({ disciplineCode: 'chemistry', plannedAdmissions: 0 });
    expect(data!.setCutOff.disciplines.find((d) => d.disciplineCode === 'chemistry')).toMatchObject({ plannedAdmissions: 0, cutOff: null, invited: 0 });
  });

  it('bad input is BAD_USER_INPUT naming the field', async () => {
    const field = async (input: Record<string, unknown>) => (await set(input)).errors?.[0]?.extensions;
    expect(await field({ disciplineCode: 'history', plannedAdmissions: 1, cutOff: 50 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'disciplineCode' });
    expect(await field({ disciplineCode: 'biology', plannedAdmissions: -1, cutOff: 50 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'plannedAdmissions' });
    expect(await field({ disciplineCode: 'biology', plannedAdmissions: 1 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cutOff' });
    expect(await field({ disciplineCode: 'biology', plannedAdmissions: 1, cutOff: 100.5 })).toMatchObject({ field: 'cutOff', reason: 'score.outOfRange' });
  });

  it('publishing invites those at or above the cut-off, tells each, audits; the rest stay assessed; the cut-off is then fixed', async () => {
    const version = (await row('physics')).version!;
    const before = await api.orm.em.fork().count(OutboxMessage, {});
    const { data, errors } = await as.office_staff.graphql<{ publishInvitations: Board }>(PUBLISH, { code: 'physics', version });
    expect(errors).toBeUndefined();
    expect(data!.publishInvitations.disciplines.find((d) => d.disciplineCode === 'physics')).toMatchObject({ invited: 6, publishedAt: '2025-12-10T02:00:00.000Z' });
    expect(await Promise.all([1, 2, 3, 4, 5, 6, 7, 8, 30].map(status))).toEqual([
      'invited', 'invited', 'invited', 'invited', 'invited', 'invited', 'assessed', 'assessed', 'conformant',
    ]);
    const notices = await api.orm.em.fork().find(OutboxMessage, {}, { offset: before, orderBy: { id: 'asc' } });
    expect(notices).toHaveLength(6);
    expect(notices[0]!.body).toContain('潜质测评成绩 90 分，已达到本学科分数线，受邀参加面试');
    const em = api.orm.em.fork();
    expect(await em.count(AuditEntry, { action: 'application.invite' })).toBe(6);
    expect((await em.findOneOrFail(AuditEntry, { action: 'selection.publish_invitations' })).reason).toBe('cut-off 70: 6 invited of 8 assessed');

    const fixed = await set({ disciplineCode: 'physics', plannedAdmissions: 2, cutOff: 60, version: (await row('physics')).version });
    expect(fixed.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rules: ['R-SEL-3'] });
    const again = await as.office_staff.graphql(PUBLISH, { code: 'physics', version: (await row('physics')).version });
    expect(again.errors?.[0]?.extensions?.rules).toEqual(['R-SEL-3']);
    const reimport = await uploadScores(api, as.office_staff, scoreCsv([[idNumberBornOn('2007-09-01', '007'), '', '99']]), { fileName: 'a.csv' });
    expect(reimport.body.rows[0]).toMatchObject({ status: 'refused', problems: [{ reason: 'application.published' }] });
  });

  it('lists the scores for the 测评成绩 table, highest first by discipline', async () => {
    const { data } = await as.office_staff.graphql<{ assessmentScores: { total: number; rows: { applicationNumber: string; assessmentScore: number; status: string }[] } }>(SCORES, { code: 'chemistry' });
    expect(data!.assessmentScores).toEqual({
      total: 2,
      rows: [
        { applicationNumber: 'SX2026-00020', name: '学生020', assessmentScore: 88, status: 'ASSESSED' },
        { applicationNumber: 'SX2026-00021', name: '学生021', assessmentScore: 77, status: 'ASSESSED' },
      ],
    });
  });

  it('is the office’s alone', async () => {
    for (const role of ['school_coordinator', 'university_coordinator', 'admin'] as const) {
      expect((await as[role].graphql(CUT_OFF_BOARD)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await set({ disciplineCode: 'biology', plannedAdmissions: 0 }, as[role])).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await as[role].graphql(SCORES)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
