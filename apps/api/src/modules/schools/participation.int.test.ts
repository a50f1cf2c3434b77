import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGIN, signInEveryRole } from '../../../test/fixtures/accounts.js';
import { startTestApi, type TestApi, type TestBrowser } from '../../../test/test-api.js';
import { Account } from '../accounts/account.entity.js';
import { RoleGrant } from '../accounts/role-grant.entity.js';
import { hashPassword } from '../accounts/secrets.js';
import { OutboxMessage, recipientKey } from '../notifications/outbox-message.entity.js';
import { School } from './school.entity.js';

const SUBMIT = /* GraphQL */ `mutation ($schoolId: ID!, $team: GuidanceTeamInput!) {
  submitParticipation(year: 2026, schoolId: $schoolId, team: $team) { id status version school { name } team { contact { phone } } } }`;
const LIST = '{ participations(year: 2026) { total rows { id status version school { id name } team { leader { phone } } } } }';
const DECIDE = /* GraphQL */ `mutation ($id: Int!, $approve: Boolean!, $version: Int!, $reason: String) {
  decideParticipation(id: $id, approve: $approve, version: $version, reason: $reason) { status version rejectionReason } }`;

const TEAM = {
  leader: { name: '刘校长', phone: '13500000001', title: '副校长' },
  contact: { name: '赵老师', phone: '13500000002' },
  teachers: [{ disciplineCode: 'physics', person: { name: '钱老师', phone: '13500000003' } }],
};

type Browsers = Awaited<ReturnType<typeof signInEveryRole>>;

/** A school and a coordinator account bound to it, signed in. */
async function coordinatorOf(api: TestApi, name: string, districtCode: string): Promise<{ school: School; browser: TestBrowser }> {
  const em = api.orm.em.fork();
  const school = em.create(School, { name, districtCode });
  const login = `coordinator-${districtCode}-${name.length}@yingcai.test`;
  const account = em.create(Account, { email: login, displayName: `${name}联络人`, passwordHash: await hashPassword('coordinator passphrase'), status: 'active' });
  em.create(RoleGrant, { account, role: 'school_coordinator', scopeId: school.id });
  await em.flush();
  const browser = api.browser();
  await browser.graphql(LOGIN, { login, password: 'coordinator passphrase' });
  return { school, browser };
}

describe('R-SCOPE-3 R-ORG-2 schools apply to take part in the cycle', () => {
  let api: TestApi;
  let as: Browsers;
  let demoSchoolId: string;
  beforeAll(async () => {
    api = await startTestApi({ now: new Date('2025-08-15T10:00:00+08:00') });
    as = await signInEveryRole(api);
    demoSchoolId = (await api.orm.em.fork().findOneOrFail(School, { name: '太原市第五中学（演示）' })).id;
  });
  afterAll(() => api.close());

  it('R-SCOPE-3 a school coordinator applies for their own school in the window; for another school is FORBIDDEN', async () => {
    const submitted = await as.school_coordinator.graphql<{ submitParticipation: { status: string; team: { contact: { phone: string } } } }>(SUBMIT, { schoolId: demoSchoolId, team: TEAM });
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data?.submitParticipation).toMatchObject({ status: 'SUBMITTED', team: { contact: { phone: '135****0002' } } });
    const other = await api.orm.em.fork().findOneOrFail(School, { name: '山西省实验中学（演示）' });
    const refused = await as.school_coordinator.graphql(SUBMIT, { schoolId: other.id, team: TEAM });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('R-ORG-2 a team without a contact person is refused naming the rule', async () => {
    const { errors } = await as.school_coordinator.graphql(SUBMIT, { schoolId: demoSchoolId, team: { ...TEAM, contact: null } });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rules: ['R-ORG-2'] });
  });

  it('R-SCOPE-3 a school outside the eligible area is refused naming the rule', async () => {
    const { school, browser } = await coordinatorOf(api, '清徐中学', '140121');
    const { errors } = await browser.graphql(SUBMIT, { schoolId: school.id, team: TEAM });
    expect(errors?.[0]?.extensions?.code).toBe('RULE_VIOLATION');
    expect(errors?.[0]?.extensions?.rules).toContain('R-SCOPE-3');
  });

  it('R-ACCESS-1 a school coordinator lists only their school\'s rows; the office lists every school\'s', async () => {
    const second = await coordinatorOf(api, '太原市第十二中学', '140105');
    await second.browser.graphql(SUBMIT, { schoolId: second.school.id, team: TEAM });
    const own = await as.school_coordinator.graphql<{ participations: { total: number; rows: { school: { id: string } }[] } }>(LIST);
    expect(own.data?.participations.rows.map((r) => r.school.id)).toEqual([demoSchoolId]);
    expect(own.data?.participations.total).toBe(1);
    const office = await as.office_staff.graphql<{ participations: { total: number; rows: { team: { leader: { phone: string } } }[] } }>(LIST);
    expect(office.data?.participations.total).toBe(2);
    expect(JSON.stringify(office.data)).not.toContain('13500000001');
    expect((await as.mentor.graphql(LIST)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('the office sorts the list by school name, either way, on the server', async () => {
    const sorted = async (direction: string) =>
      (await as.office_staff.graphql<{ participations: { rows: { school: { name: string } }[] } }>(
        `{ participations(year: 2026, sort: { field: SCHOOL, direction: ${direction} }) { rows { school { name } } } }`,
      )).data!.participations.rows.map((r) => r.school.name);
    const ascending = await sorted('ASC');
    expect(ascending.length).toBeGreaterThan(1);
    expect(ascending).toEqual([...ascending].sort());
    expect(await sorted('DESC')).toEqual([...ascending].reverse());
  });

  it('the office decides once: a second decision on a stale version is a CONFLICT; a rejection needs a reason; the school is told', async () => {
    const list = await as.office_staff.graphql<{ participations: { rows: { id: number; version: number; school: { id: string } }[] } }>(LIST);
    const row = list.data!.participations.rows.find((r) => r.school.id === demoSchoolId)!;
    const noReason = await as.office_staff.graphql(DECIDE, { id: row.id, approve: false, version: row.version });
    expect(noReason.errors?.[0]?.extensions?.rules).toEqual(['R-SCOPE-3']);

    const [first, second] = await Promise.all([
      as.office_staff.graphql<{ decideParticipation: { status: string } }>(DECIDE, { id: row.id, approve: true, version: row.version }),
      as.office_staff.graphql(DECIDE, { id: row.id, approve: false, version: row.version, reason: '材料不全' }),
    ]);
    const outcomes = [first, second].map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(outcomes).toEqual(['CONFLICT', 'OK']);
    const told = await api.orm.em.fork().count(OutboxMessage, { recipientHash: recipientKey('school@yingcai.test'), subject: '英才计划：参与中学申请结果' });
    expect(told).toBe(1);
  });

  it('R-SCOPE-3 after the window closes a school cannot apply, until the office extends it for that school (audited)', async () => {
    api.setNow(new Date('2025-10-01T09:00:00+08:00'));
    const late = await coordinatorOf(api, '太原市第三十中学', '140110');
    const { errors } = await late.browser.graphql(SUBMIT, { schoolId: late.school.id, team: TEAM });
    expect(errors?.[0]?.extensions?.rules).toEqual(['R-SCOPE-3']);
    expect(errors?.[0]?.message).toMatch(/closed/);

    const extend = 'mutation ($school: ID) { extendWindow(year: 2026, milestoneKey: "school_participation", extendedUntil: "2025-10-10", reason: "国庆假期", schoolId: $school) { extendedUntil } }';
    expect((await late.browser.graphql(extend, { school: late.school.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const office = api.browser();
    await office.graphql(LOGIN, { login: 'office@yingcai.test', password: 'yingcai-demo-2026' });
    expect((await office.graphql(extend, { school: late.school.id })).errors).toBeUndefined();
    expect((await late.browser.graphql(SUBMIT, { schoolId: late.school.id, team: TEAM })).errors).toBeUndefined();
    const other = await coordinatorOf(api, '太原市第四十八中学', '140109');
    expect((await other.browser.graphql(SUBMIT, { schoolId: other.school.id, team: TEAM })).errors?.[0]?.extensions?.rules).toEqual(['R-SCOPE-3']);
  });
});
