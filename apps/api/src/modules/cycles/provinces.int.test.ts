import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestLinkToken, signIn, signInEveryRole } from '../../../test/fixtures/accounts.js';
import { approveParticipation } from '../../../test/fixtures/applications.js';
import { addMentor } from '../../../test/fixtures/mentors.js';
import { addSubmittedApplication, REVIEW_APPLICATION } from '../../../test/fixtures/school-review.js';
import { startTestApi, type TestApi, type TestBrowser } from '../../../test/test-api.js';
import { insertCycle } from '../../orm/seeders/cycle-seed.js';
import { shanxi2026 } from '../../orm/seeders/shanxi-2026.js';
import { Cycle } from './cycle.entity.js';

const HEBEI = '河北省';
const CYCLES = 'query { cycles { id year province } }';
const REVIEW_QUEUE = 'query ($year: Int!) { reviewQueue(year: $year) { total rows { id } } }';
const COHORT = 'query ($cycleId: ID!) { cohort(cycleId: $cycleId) { unassigned } }';
const UPDATE_NAME = `mutation ($cycleId: ID!, $name: String!) { updateCycle(cycleId: $cycleId, reason: "改名", input: { name: $name, settings: { subjectRankTopPercent: 10, overallRankTopPercent: 20, interviewRatio: 3, minAdmissions: 40, minTrainingSessions: 6, maxMentorChoices: 2, assessmentWeight: 0.4, interviewWeight: 0.6, publicNoticeDays: 5 }, windows: [] }) { name } }`;
const COPY = 'mutation ($cycleId: ID!, $year: Int!) { copyCycle(cycleId: $cycleId, year: $year) { id year province } }';
const INVITE = 'mutation ($scopeId: ID) { inviteStaff(input: { email: "zhou@hebei.test", displayName: "周老师", roles: [{ role: OFFICE_STAFF, scopeId: $scopeId }] }) { expiresAt } }';

type Cycles = { cycles: { id: string; year: number; province: string }[] };

describe('Issue 11: two provinces run their 2027 cycles side by side, and neither office reaches the other', () => {
  let api: TestApi;
  let admin: TestBrowser;
  let as: Awaited<ReturnType<typeof signInEveryRole>>;
  let shanxi: TestBrowser;
  let hebei: TestBrowser;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    api = await startTestApi({ now: new Date('2025-12-28T10:00:00+08:00') });
    as = await signInEveryRole(api);
    ({ admin } = as);
    shanxi = await signIn(api, 'office@yingcai.test');
    const em = api.orm.em.fork();
    const shanxi2026Row = await em.findOneOrFail(Cycle, { year: 2026, province: shanxi2026.province });
    const copied = await shanxi.graphql<{ copyCycle: { id: string } }>(COPY, { cycleId: String(shanxi2026Row.id), year: 2027 });
    await insertCycle(em, { ...shanxi2026, year: 2027, province: HEBEI, name: '2027年河北省中学生英才计划', universities: ['河北大学'] });
    const school = await approveParticipation(em, '太原市第五中学（演示）');
    const mentor = await addMentor(em, { name: '陈物理' });
    const application = await addSubmittedApplication(em, { school, mentorId: mentor.id, sequence: 1 });
    Object.assign(ids, {
      shanxi2026: String(shanxi2026Row.id),
      shanxi2027: copied.data!.copyCycle.id,
      hebei2027: String((await em.findOneOrFail(Cycle, { year: 2027, province: HEBEI })).id),
      application: application.id,
      version: String(application.version),
    });
  });
  afterAll(() => api?.close());

  it('the admin binds an office account to a province that runs a cycle, and to no other', async () => {
    const unbound = await admin.graphql(INVITE, { scopeId: null });
    expect(unbound.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BAD_GRANT' });
    const nowhere = await admin.graphql(INVITE, { scopeId: '湖北省' });
    expect(nowhere.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BAD_GRANT' });
    const targets = await admin.graphql<{ bindingTargets: { id: string }[] }>('query { bindingTargets(kind: PROVINCE) { id name } }');
    expect(targets.data!.bindingTargets.map((t) => t.id).sort()).toEqual([HEBEI, '山西省'].sort());

    expect((await admin.graphql(INVITE, { scopeId: HEBEI })).errors).toBeUndefined();
    const newcomer = api.browser();
    const token = await latestLinkToken(api, 'zhou@hebei.test');
    const accepted = await newcomer.graphql<{ acceptInvitation: { roles: { role: string; scopeId: string; scopeName: string }[] } }>(
      `mutation { acceptInvitation(input: { token: "${token}", password: "hebei office passphrase" }) { roles { role scopeId scopeName } } }`,
    );
    expect(accepted.data!.acceptInvitation.roles).toEqual([{ role: 'OFFICE_STAFF', scopeId: HEBEI, scopeName: HEBEI }]);
    hebei = await signIn(api, 'zhou@hebei.test', 'hebei office passphrase');
  });

  it("each office's console lists its own province's cycles only", async () => {
    const own = async (browser: TestBrowser) => (await browser.graphql<Cycles>(CYCLES)).data!.cycles.map((c) => `${c.province} ${c.year}`);
    expect(await own(shanxi)).toEqual(['山西省 2027', '山西省 2026']);
    expect(await own(hebei)).toEqual([`${HEBEI} 2027`]);
    const anonymous = (await api.browser().graphql<Cycles>(CYCLES)).data!.cycles;
    expect(anonymous).toHaveLength(3);
  });

  it('a school, a university and a mentor are bound to their province: its cycles only, and a shared year names their own', async () => {
    const own = async (browser: TestBrowser) => (await browser.graphql<Cycles>(CYCLES)).data!.cycles.map((c) => `${c.province} ${c.year}`);
    // The demo school is in 太原市 (district 14…), the demo university 山西大学 implements Shanxi's cycles, the demo mentor is of it.
    for (const browser of [as.school_coordinator, as.university_coordinator, as.mentor]) expect(await own(browser)).toEqual(['山西省 2027', '山西省 2026']);
    const listed = await as.school_coordinator.graphql<{ schoolApplications: { total: number } }>('query { schoolApplications(year: 2027) { total } }');
    expect(listed.errors).toBeUndefined();
    const cycle = await as.school_coordinator.graphql<{ cycle: { id: string } }>('query { cycle(year: 2027) { id } }');
    expect(cycle.data!.cycle.id).toBe(ids.shanxi2027);
  });

  it('a year two provinces share names each office its own cycle, not AMBIGUOUS_CYCLE', async () => {
    const shanxiQueue = await shanxi.graphql<{ reviewQueue: { total: number } }>(REVIEW_QUEUE, { year: 2026 });
    expect(shanxiQueue.data!.reviewQueue.total).toBe(1);
    expect((await shanxi.graphql(REVIEW_QUEUE, { year: 2027 })).errors).toBeUndefined();
    const hebeiQueue = await hebei.graphql<{ reviewQueue: { total: number } }>(REVIEW_QUEUE, { year: 2027 });
    expect(hebeiQueue.data!.reviewQueue.total).toBe(0);
    const noCycle = await hebei.graphql(REVIEW_QUEUE, { year: 2026 });
    expect(noCycle.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it("another province's cycle by id is not there: its cohort, its settings and a copy of it", async () => {
    for (const cycleId of [ids.shanxi2026, ids.shanxi2027]) {
      expect((await hebei.graphql(COHORT, { cycleId })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect((await hebei.graphql(UPDATE_NAME, { cycleId, name: '改掉' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect((await hebei.graphql(COPY, { cycleId, year: 2028 })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    expect((await shanxi.graphql(COHORT, { cycleId: ids.hebei2027 })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const names = await api.orm.em.fork().find(Cycle, {}, { orderBy: { id: 'asc' } });
    expect(names.map((c) => c.name)).not.toContain('改掉');
    expect(names).toHaveLength(3);
  });

  it("another province's application by id answers as one that does not exist, and stays as it was", async () => {
    const review = { id: ids.application, version: Number(ids.version), conformant: false, reason: '不符合' };
    const refused = await hebei.graphql(REVIEW_APPLICATION, review);
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const row = await api.orm.em.fork().getConnection().execute<{ status: string }[]>('select status from application where id = ?', [ids.application]);
    expect(row[0]!.status).toBe('school_recommended');
  });
});
