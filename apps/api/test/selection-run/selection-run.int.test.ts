import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../fixtures/accounts.js';
import { approveParticipation } from '../fixtures/applications.js';
import { mentorAccount } from '../fixtures/interviews.js';
import { addSubmittedApplication } from '../fixtures/school-review.js';
import { startTestApi, type TestApi, type TestBrowser } from '../test-api.js';
import { seedDemoData } from '../../src/orm/seeders/demo-data.js';
import { arrangeInterviews, importScores, must, officeReviews, recordInterviews, schoolDecides, scoreInterviews, setAndPublishCutOffs } from './selection-steps.js';

const APPLICANTS = 300;
const DISCIPLINES = ['physics', 'mathematics', 'computer_science', 'chemistry', 'biology'];
const PLANNED = 9;
const numberOf = (n: number) => `SX2026-${String(n).padStart(5, '0')}`;
const sequenceOf = (applicationNumber: string) => Number(applicationNumber.slice(-5));
/** A spread of scores with ties, so that cut-offs meet ties at their boundary. */
const assessmentScore = (n: number) => 40 + ((n * 37) % 60);
const BOARD = 'admitted interviewees interviewRatio minAdmissions violations { rule message } disciplines { disciplineCode admitted interviewees }';
const ADMISSION_BOARD = /* GraphQL */ `query { admissionBoard(year: 2026) { ${BOARD} } }`;
const PUBLISH_ADMISSIONS = /* GraphQL */ `mutation { publishAdmissions(year: 2026) { ${BOARD} } }`;
interface Board { admitted: number; interviewees: number; interviewRatio: number; minAdmissions: number; violations: unknown[]; disciplines: { disciplineCode: string; admitted: number; interviewees: number }[] }
const FUNNEL = /* GraphQL */ `query { selectionFunnel(year: 2026) { overall { stage count } disciplines { disciplineCode steps { stage count } } } }`;

/**
 * A whole selection over a generated population of 300 applicants (60 per discipline at one school),
 * every step through the API as staff would take it: the school's recommendation (R-APP-4), the
 * office's review (R-SEL-1), the score import (R-SEL-2), cut-offs (R-SEL-3/4), interviews (R-SEL-5) and the
 * published admitted list, which must hold R-SEL-4 per discipline and overall and R-SEL-6.
 */
describe('R-APP-4 R-SEL-1 R-SEL-2 R-SEL-3 R-SEL-4 R-SEL-5 R-SEL-6 a whole selection of 300 applicants through the API', { timeout: 240_000 }, () => {
  let api: TestApi;
  let mentors: Record<string, TestBrowser & { accountId: string }>;
  const at = async (iso: string, login: string) => {
    api.setNow(new Date(iso));
    return signIn(api, login);
  };

  beforeAll(async () => {
    api = await startTestApi({ now: new Date('2025-11-25T10:00:00+08:00') });
    const em = api.orm.em.fork();
    await seedDemoData(em);
    const school = await approveParticipation(em, '太原市第五中学（演示）');
    mentors = {};
    for (const code of DISCIPLINES) mentors[code] = await mentorAccount(api, `${code}导师`, `${code}.mentor@example.com`, code);
    const mentorIds = await Promise.all(DISCIPLINES.map(async (code) => (await must<{ me: { roles: { scopeId: string }[] } }>('me', mentors[code]!, '{ me { roles { scopeId } } }')).me.roles[0]!.scopeId));
    for (let n = 1; n <= APPLICANTS; n += 1) {
      const d = (n - 1) % DISCIPLINES.length;
      await addSubmittedApplication(em, { school, mentorId: mentorIds[d]!, sequence: n, status: 'submitted', disciplineCode: DISCIPLINES[d] });
    }
  }, 120_000);
  afterAll(() => api.close());

  it('ends with a valid admitted list: the plan admitted per discipline, the ratio held, at least the minimum, and a funnel that adds up', async () => {
    const coordinator = await at('2025-11-28T10:00:00+08:00', 'school@yingcai.test');
    await schoolDecides(coordinator, (row) => sequenceOf(row.applicationNumber) % 15 === 0);

    // R-SEL-1: the review runs in the registration window (issue 11).
    let office = await at('2025-11-29T10:00:00+08:00', 'office@yingcai.test');
    await officeReviews(office, (row) => sequenceOf(row.applicationNumber) % 20 === 0);

    office = await at('2025-12-05T10:00:00+08:00', 'office@yingcai.test');
    const conformant = Array.from({ length: APPLICANTS }, (_, i) => i + 1).filter((n) => n % 15 !== 0 && n % 20 !== 0);
    const { dryRun, commit } = await importScores(api, office, conformant.map((n) => ({ applicationNumber: numberOf(n), score: assessmentScore(n) })));
    expect(dryRun.status).toBe(200);
    expect(commit.status).toBe(200);

    office = await at('2025-12-10T10:00:00+08:00', 'office@yingcai.test');
    const invited = await setAndPublishCutOffs(office, PLANNED);
    for (const code of DISCIPLINES) expect(invited[code], code).toBeGreaterThanOrEqual(3 * PLANNED);

    office = await at('2025-12-15T10:00:00+08:00', 'office@yingcai.test');
    const panels = Object.fromEntries(DISCIPLINES.map((code) => [code, [mentors[code]!.accountId, office.accountId]]));
    const slots = await arrangeInterviews(office, panels);
    expect(slots.reduce((sum, slot) => sum + slot.assigned, 0)).toBe(Object.values(invited).reduce((a, b) => a + b, 0));

    api.setNow(new Date('2025-12-20T10:00:00+08:00'));
    const points = (applicationNumber: string): [number, number, number] => {
      const n = sequenceOf(applicationNumber);
      return [20 + (n % 21), 10 + (n % 21), 15 + (n % 16)];
    };
    for (const code of DISCIPLINES) await scoreInterviews(await signIn(api, `${code}.mentor@example.com`, 'mentor passphrase 2026'), points);
    office = await signIn(api, 'office@yingcai.test');
    await scoreInterviews(office, points);
    expect(await recordInterviews(office, slots)).toBe(Object.values(invited).reduce((a, b) => a + b, 0));

    office = await at('2025-12-28T10:00:00+08:00', 'office@yingcai.test');
    const board = (await must<{ admissionBoard: Board }>('board', office, ADMISSION_BOARD)).admissionBoard;
    expect(board.violations).toEqual([]);
    const published = (await must<{ publishAdmissions: Board }>('publish', office, PUBLISH_ADMISSIONS)).publishAdmissions;
    expect(published.admitted).toBe(PLANNED * DISCIPLINES.length);
    expect(published.admitted).toBeGreaterThanOrEqual(published.minAdmissions);
    expect(published.interviewees).toBeGreaterThanOrEqual(published.interviewRatio * published.admitted);
    for (const discipline of published.disciplines) {
      expect(discipline.admitted, discipline.disciplineCode).toBe(PLANNED);
      expect(discipline.interviewees, discipline.disciplineCode).toBeGreaterThanOrEqual(published.interviewRatio * discipline.admitted);
    }

    const funnel = (await must<{ selectionFunnel: { overall: { stage: string; count: number }[] } }>('funnel', office, FUNNEL)).selectionFunnel;
    const count = Object.fromEntries(funnel.overall.map((s) => [s.stage, s.count]));
    expect(count).toMatchObject({
      applied: APPLICANTS, recommended: APPLICANTS - 20, conformant: conformant.length, assessed: conformant.length, interviewed: count.invited, admitted: PLANNED * DISCIPLINES.length,
    });
    const notice = await api.graphql<{ admittedNotice: { entries: unknown[] } }>('query { admittedNotice(year: 2026) { entries { name } } }');
    expect(notice.data?.admittedNotice.entries).toHaveLength(PLANNED * DISCIPLINES.length);
  });
});
