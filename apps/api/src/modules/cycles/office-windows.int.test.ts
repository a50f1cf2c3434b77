import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, signInEveryRole } from '../../../test/fixtures/accounts.js';
import { approveParticipation } from '../../../test/fixtures/applications.js';
import { addInvitedApplications, ASSIGN, CREATE_SLOT, morningSlot, mentorAccount, MY_INTERVIEWS, SET_PANEL, sheet, SUBMIT_SHEET, type SlotRow } from '../../../test/fixtures/interviews.js';
import { addMentor } from '../../../test/fixtures/mentors.js';
import { addSubmittedApplication, REVIEW_APPLICATION } from '../../../test/fixtures/school-review.js';
import { scoreCsv, uploadScores } from '../../../test/fixtures/selection.js';
import { startTestApi, type TestApi, type TestBrowser } from '../../../test/test-api.js';
import type { School } from '../schools/school.entity.js';

const at = (iso: string) => new Date(`${iso}+08:00`);
const EXTEND = `mutation ($key: String!, $until: String!) { extendWindow(year: 2026, milestoneKey: $key, extendedUntil: $until, reason: "国家平台延迟", schoolId: null) { extendedUntil } }`;
const SET_CUT_OFF = 'mutation { setCutOff(year: 2026, input: { disciplineCode: "physics", plannedAdmissions: 1, cutOff: 60 }) { plannedAdmissions } }';
const PUBLISH = 'mutation { publishAdmissions(year: 2026) { publishedAt } }';

describe('issue 11: each office step of selection is refused outside its window, naming its rule, until the office extends it', () => {
  let api: TestApi;
  let school: School;
  let mentorId: string;
  const office = () => signIn(api, 'office@yingcai.test');
  const ruleOf = (answer: { errors?: { extensions?: Record<string, unknown> }[] }) => answer.errors?.[0]?.extensions;
  beforeAll(async () => {
    api = await startTestApi({ now: at('2025-12-03T10:00:00') });
    await signInEveryRole(api);
    const em = api.orm.em.fork();
    school = await approveParticipation(em, '太原市第五中学（演示）');
    mentorId = (await addMentor(em, { name: '物理导师' })).id;
  });
  afterAll(() => api.close());

  it('R-SEL-1: the review after registration closed is refused; extended, it goes through', async () => {
    const application = await addSubmittedApplication(api.orm.em.fork(), { school, mentorId, sequence: 1 });
    const browser = await office();
    const review = () => browser.graphql(REVIEW_APPLICATION, { id: String(application.id), version: application.version, conformant: true });
    expect(ruleOf(await review())).toMatchObject({ code: 'RULE_VIOLATION', rules: ['R-SEL-1'] });
    expect((await browser.graphql(EXTEND, { key: 'registration', until: '2025-12-05' })).errors).toBeUndefined();
    expect((await review()).errors).toBeUndefined();
  });

  it('the cycle says where each window stands today, extensions included, so forms can say so before anyone types', async () => {
    const { data } = await api.graphql<{ cycle: { stepWindows: { step: string; startsOn: string; lastDay: string; open: boolean; rule: string }[] } }>('{ cycle(year: 2026) { stepWindows { step startsOn lastDay open rule } } }');
    const byStep = Object.fromEntries(data!.cycle.stepWindows.map(({ step, ...rest }) => [step, rest]));
    expect(byStep.registration).toEqual({ startsOn: '2025-11-01', lastDay: '2025-12-05', open: true, rule: 'R-APP-4' });
    expect(byStep.review).toEqual({ startsOn: '2025-11-01', lastDay: '2025-12-05', open: true, rule: 'R-SEL-1' });
    expect(byStep.import_scores).toEqual({ startsOn: '2025-11-01', lastDay: '2025-12-31', open: true, rule: 'R-SEL-2' });
    expect(byStep.decide_admissions).toEqual({ startsOn: '2025-12-01', lastDay: '2025-12-31', open: true, rule: 'R-SEL-5' });
    api.setNow(at('2026-01-02T10:00:00'));
    const later = await api.graphql<{ cycle: { stepWindows: { step: string; open: boolean }[] } }>('{ cycle(year: 2026) { stepWindows { step open } } }');
    // Issue 11: by then only the confirmations and the waiting list are open, until the opening meeting.
    expect(later.data!.cycle.stepWindows.filter((w) => w.open).map((w) => w.step)).toEqual(['manage_confirmations']);
  });

  it('R-SEL-2: scores are refused once the cut-off window is over', async () => {
    api.setNow(at('2026-01-05T10:00:00'));
    const browser = await office();
    const { status, body } = await uploadScores(api, browser, scoreCsv([['140105200709010011', 'SX2026-00001', '80']]), { fileName: 'scores.csv' });
    expect(status).toBe(422);
    expect(JSON.stringify(body)).toContain('R-SEL-2');
  });

  it('R-SEL-3: a cut-off before its window opens is refused', async () => {
    api.setNow(at('2025-11-20T10:00:00'));
    expect(ruleOf(await (await office()).graphql(SET_CUT_OFF))).toMatchObject({ code: 'RULE_VIOLATION', rules: ['R-SEL-3'] });
  });

  it('R-SEL-5: slots are arranged from the cut-off window on; an interview is scored only once its slot has begun', async () => {
    api.setNow(at('2025-11-20T10:00:00'));
    const early = await (await office()).graphql(CREATE_SLOT, { disciplineCode: 'physics', input: morningSlot() });
    expect(ruleOf(early)).toMatchObject({ code: 'RULE_VIOLATION', rules: ['R-SEL-5'] });

    api.setNow(at('2025-12-19T10:00:00'));
    const browser = await office();
    const member = await mentorAccount(api, '李导师', 'li@example.com');
    const [invited] = await addInvitedApplications(api.orm.em.fork(), { school, mentorId, sequences: [40] });
    const slot = (await browser.graphql<{ createInterviewSlot: SlotRow }>(CREATE_SLOT, { disciplineCode: 'physics', input: morningSlot() })).data!.createInterviewSlot;
    const paneled = (await browser.graphql<{ setInterviewPanel: SlotRow }>(SET_PANEL, { slotId: slot.id, version: slot.version, accountIds: [member.accountId] })).data!.setInterviewPanel;
    expect((await browser.graphql(ASSIGN, { slotId: paneled.id, version: paneled.version, applicationIds: [String(invited!.id)] })).errors).toBeUndefined();
    const assignmentId = async (who: TestBrowser) => (await who.graphql<{ myInterviews: { rows: { assignmentId: string }[] } }>(MY_INTERVIEWS)).data!.myInterviews.rows[0]!.assignmentId;
    const beforeSlot = await member.graphql(SUBMIT_SHEET, { assignmentId: await assignmentId(member), input: sheet(30, 20, 20) });
    expect(ruleOf(beforeSlot)).toMatchObject({ code: 'RULE_VIOLATION', rules: ['R-SEL-5'] });
    expect(beforeSlot.errors?.[0]?.message).toContain('has not begun');

    api.setNow(new Date('2025-12-20T01:30:00.000Z'));
    const scorer = await signIn(api, 'li@example.com', 'mentor passphrase 2026');
    expect((await scorer.graphql(SUBMIT_SHEET, { assignmentId: await assignmentId(scorer), input: sheet(30, 20, 20) })).errors).toBeUndefined();
  });

  it('R-SEL-5: unconfirmed admissions do not lapse, nor places go to the waiting list, once the opening meeting is over', async () => {
    api.setNow(at('2026-02-10T10:00:00'));
    const lapse = await (await office()).graphql('mutation { lapseUnconfirmedAdmissions(year: 2026) { lapsable } }');
    expect(ruleOf(lapse)).toMatchObject({ code: 'RULE_VIOLATION', rules: ['R-SEL-5'] });
    expect(lapse.errors?.[0]?.message).toContain('2026-01-31');
  });

  it('R-SEL-5: admissions are not published after the interview window', async () => {
    api.setNow(at('2026-01-10T10:00:00'));
    expect(ruleOf(await (await office()).graphql(PUBLISH))).toMatchObject({ code: 'RULE_VIOLATION', rules: ['R-SEL-5'] });
  });
});
