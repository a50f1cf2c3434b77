import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestLinkToken, signInEveryRole } from '../../../test/fixtures/accounts.js';
import { candidate, CONFIRM, DECIDE, RECOMMEND, universityId, type AppointmentRow } from '../../../test/fixtures/mentors.js';
import { startTestApi, type TestApi, type TestBrowser } from '../../../test/test-api.js';
import { OutboxMessage, recipientKey } from '../notifications/outbox-message.entity.js';

type Browsers = Awaited<ReturnType<typeof signInEveryRole>>;
const IN_WINDOW = new Date('2025-10-15T10:00:00+08:00');

describe('R-MENTOR-2 mentor recommendation and approval through GraphQL', () => {
  let api: TestApi;
  let as: Browsers;
  let university: string;
  beforeAll(async () => {
    api = await startTestApi({ now: IN_WINDOW });
    as = await signInEveryRole(api);
    university = await universityId(api);
  });
  afterAll(() => api.close());

  const recommend = async (name: string, email: string, over: Record<string, unknown> = {}) => {
    const { data, errors } = await as.university_coordinator.graphql<{ recommendMentor: AppointmentRow }>(RECOMMEND, { input: candidate(university, name, email, over) });
    if (errors) throw new Error(errors[0]!.message);
    return data!.recommendMentor;
  };
  const decide = (browser: TestBrowser, row: AppointmentRow, approve: boolean, reason?: string) =>
    browser.graphql<{ decideMentor: AppointmentRow }>(DECIDE, { id: row.id, version: row.version, approve, reason });

  /** The candidate accepts the invitation the recommendation sent and is signed in with a mentor account. */
  async function candidateSignsIn(email: string): Promise<TestBrowser> {
    const token = await latestLinkToken(api, email);
    const browser = api.browser();
    const { errors } = await browser.graphql(`mutation { acceptInvitation(input: { token: "${token}", password: "mentor candidate passphrase" }) { id } }`);
    expect(errors).toBeUndefined();
    return browser;
  }

  it('R-MENTOR-2 the whole chain: recommended, confirmed by the mentor, approved by the university then the office, with a letter number and notices', async () => {
    const recommended = await recommend('王晓明', 'wang.xm@sxu.test');
    expect(recommended).toMatchObject({ status: 'RECOMMENDED', letterNumber: null, mentor: { name: '王晓明', email: 'w*****m@sxu.test' } });
    const mentor = await candidateSignsIn('wang.xm@sxu.test');

    const refusedEarly = await decide(as.university_coordinator, recommended, true);
    expect(refusedEarly.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rules: ['R-MENTOR-2'] });
    // issue 10: another mentor's candidate answers as a missing one, whatever version is sent
    const othersCandidate = await as.mentor.graphql(CONFIRM, { id: recommended.id, version: recommended.version + 7 });
    expect(othersCandidate.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(othersCandidate.errors?.[0]?.message).toBe(`no mentor appointment ${recommended.id}`);

    const confirmed = (await mentor.graphql<{ confirmMentor: AppointmentRow }>(CONFIRM, { id: recommended.id, version: recommended.version })).data!.confirmMentor;
    expect(confirmed.status).toBe('CONFIRMED');
    expect((await decide(as.school_coordinator, confirmed, true)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await decide(mentor, confirmed, true)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await decide(as.office_staff, confirmed, true)).errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rules: ['R-MENTOR-2'] });

    const byUniversity = (await decide(as.university_coordinator, confirmed, true)).data!.decideMentor;
    expect(byUniversity.status).toBe('UNIVERSITY_APPROVED');
    expect((await decide(as.university_coordinator, byUniversity, true)).errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rules: ['R-MENTOR-2'] });

    const approved = (await decide(as.office_staff, byUniversity, true)).data!.decideMentor;
    expect(approved).toMatchObject({ status: 'APPROVED', letterNumber: 'YC2026-001' });
    const notices = await api.orm.em.fork().find(OutboxMessage, { recipientHash: recipientKey('wang.xm@sxu.test'), subject: '英才计划：导师推荐审核结果' });
    expect(notices.map((n) => n.body).join('\n')).toMatch(/已通过审核.*聘书编号 YC2026-001/);
  });

  it('R-MENTOR-1 R-MENTOR-4 warnings, not refusals: the office sees them beside the decision', async () => {
    const recommended = await recommend('赵文', 'zhao.wen@sxu.test');
    expect(recommended.status).toBe('RECOMMENDED');
    expect(recommended.warnings).toEqual([{ rule: 'R-MENTOR-1', subject: null }, { rule: 'R-MENTOR-4', subject: '吴助教' }]);
    const list = await as.office_staff.graphql<{ mentorAppointments: { rows: { mentor: { name: string }; warnings: { rule: string }[] }[] } }>(
      '{ mentorAppointments(filter: { year: 2026, search: "赵文" }) { rows { mentor { name } warnings { rule } } } }',
    );
    expect(list.data?.mentorAppointments.rows).toEqual([{ mentor: { name: '赵文' }, warnings: [{ rule: 'R-MENTOR-1' }, { rule: 'R-MENTOR-4' }] }]);
    const honoured = await recommend('孙院士', 'sun.ys@sxu.test', { honours: ['academician'], team: [] });
    expect(honoured.warnings).toEqual([]);
  });

  it('R-MENTOR-2 a rejection needs a reason, which the university and the mentor are told', async () => {
    const recommended = await recommend('钱力', 'qian.li@sxu.test');
    expect((await decide(as.office_staff, recommended, false)).errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rules: ['R-MENTOR-2'] });
    const rejected = (await decide(as.office_staff, recommended, false, '研究方向与学科不符')).data!.decideMentor;
    expect(rejected).toMatchObject({ status: 'REJECTED', rejectionReason: '研究方向与学科不符' });
    const notice = await api.orm.em.fork().findOneOrFail(OutboxMessage, { recipientHash: recipientKey('qian.li@sxu.test'), subject: '英才计划：导师推荐审核结果' });
    expect(notice.body).toContain('未通过，原因：研究方向与学科不符');
  });

  it('R-MENTOR-2 two staff deciding at once: the second gets CONFLICT and nothing is overwritten', async () => {
    const recommended = await recommend('周平', 'zhou.ping@sxu.test');
    const first = await decide(as.office_staff, recommended, false, '重复推荐');
    expect(first.errors).toBeUndefined();
    const second = await decide(as.university_coordinator, recommended, false, '另一个原因');
    expect(second.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const rows = await as.office_staff.graphql<{ mentorAppointments: { rows: { rejectionReason: string }[] } }>(
      '{ mentorAppointments(filter: { year: 2026, search: "周平" }) { rows { rejectionReason } } }',
    );
    expect(rows.data?.mentorAppointments.rows).toEqual([{ rejectionReason: '重复推荐' }]);
  });

  it('a duplicate candidate is a CONFLICT; an unknown honour or discipline is BAD_USER_INPUT naming the field', async () => {
    await recommend('郑一', 'zheng.yi@sxu.test');
    const duplicate = await as.university_coordinator.graphql(RECOMMEND, { input: candidate(university, '郑一', 'other@sxu.test') });
    expect(duplicate.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const badHonour = await as.university_coordinator.graphql(RECOMMEND, { input: candidate(university, '郑二', 'zheng.er@sxu.test', { honours: ['best_paper'] }) });
    expect(badHonour.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'honours' });
    const badDiscipline = await as.university_coordinator.graphql(RECOMMEND, { input: candidate(university, '郑三', 'zheng.san@sxu.test', { disciplineCode: 'law' }) });
    expect(badDiscipline.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'disciplineCode' });
  });

  it('R-MENTOR-2 only a university coordinator recommends, and only for their own university', async () => {
    for (const role of ['office_staff', 'mentor', 'school_coordinator', 'applicant'] as const) {
      const { errors } = await as[role].graphql(RECOMMEND, { input: candidate(university, '冯某', 'feng@sxu.test') });
      expect(errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN');
    }
    const anonymous = await api.browser().graphql(RECOMMEND, { input: candidate(university, '冯某', 'feng@sxu.test') });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('R-ACCESS-1 a mentor lists only their own appointments; a university coordinator their university’s', async () => {
    await recommend('陈某', 'chen.mou@sxu.test');
    const mentor = await candidateSignsIn('chen.mou@sxu.test');
    const own = await mentor.graphql<{ mentorAppointments: { rows: { mentor: { name: string } }[] } }>('{ mentorAppointments(filter: { year: 2026 }) { rows { mentor { name } } } }');
    expect(own.data?.mentorAppointments.rows).toEqual([{ mentor: { name: '陈某' } }]);
    const university = await as.university_coordinator.graphql<{ mentorAppointments: { total: number } }>('{ mentorAppointments(filter: { year: 2026 }) { total } }');
    const office = await as.office_staff.graphql<{ mentorAppointments: { total: number } }>('{ mentorAppointments(filter: { year: 2026 }) { total } }');
    expect(university.data?.mentorAppointments.total).toBe(office.data?.mentorAppointments.total);
    expect((await as.school_coordinator.graphql('{ mentorAppointments(filter: { year: 2026 }) { total } }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('R-MENTOR-2 the recommendation window', () => {
  let api: TestApi;
  let as: Browsers;
  beforeAll(async () => {
    api = await startTestApi({ now: new Date('2025-11-10T10:00:00+08:00') });
    as = await signInEveryRole(api);
  });
  afterAll(() => api.close());

  it('R-MENTOR-2 a recommendation after the window is refused naming the rule; an office extension lets it through', async () => {
    const input = candidate(await universityId(api), '韩晚', 'han.wan@sxu.test');
    const late = await as.university_coordinator.graphql(RECOMMEND, { input });
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rules: ['R-MENTOR-2'] });
    const extended = await as.office_staff.graphql(
      'mutation { extendWindow(year: 2026, milestoneKey: "mentor_recommendation", extendedUntil: "2025-11-15", reason: "高校补充推荐") { extendedUntil } }',
    );
    expect(extended.errors).toBeUndefined();
    const inTime = await as.university_coordinator.graphql<{ recommendMentor: AppointmentRow }>(RECOMMEND, { input });
    expect(inTime.data?.recommendMentor.status).toBe('RECOMMENDED');
  });
});
