import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, signInEveryRole } from '../../../test/fixtures/accounts.js';
import { approveParticipation } from '../../../test/fixtures/applications.js';
import {
  addAdmissionResults, ADMIT_FROM_WAITLIST, CONFIRM_ADMISSION, CONFIRMATION_BOARD, DECLINE_ADMISSION, LAPSE_UNCONFIRMED, MY_REPLY, signInApplicant,
} from '../../../test/fixtures/confirmation.js';
import { addMentor } from '../../../test/fixtures/mentors.js';
import { startTestApi, type TestApi, type TestBrowser } from '../../../test/test-api.js';
import { Application } from '../applications/application.entity.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { School } from '../schools/school.entity.js';
import { OutboxMessage, recipientKey } from '../notifications/outbox-message.entity.js';

type Results = Awaited<ReturnType<typeof addAdmissionResults>>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON answer, read field by field
type Json = Record<string, any>;

const EXTEND = /* GraphQL */ `mutation ($contact: String!) {
  extendWindow(year: 2026, milestoneKey: "admission_confirmation", extendedUntil: "2026-01-08", reason: "住院，家长来电说明", applicantContact: $contact) { extendedUntil } }`;

const at = (date: string) => new Date(`${date}T10:00:00+08:00`);

/**
 * Ratio 3 (the seed). Physics: 9 interviewed, 3 admitted, 3 waitlisted: at most 3 places. Chemistry:
 * 5 interviewed, 2 admitted (over its 1, as if the ratio had been raised after publication), 1
 * waitlisted. Biology: 6 interviewed, none admitted, so the overall count has room. Deadline 2026-01-05.
 */
describe('R-SEL-4 R-SEL-5 admitted applicants confirm or decline; a decline offers the place to the waiting list', () => {
  let api: TestApi;
  let physics: Results;
  let chemistry: Results;
  // Logins are rate-limited: one session per person while the clock stands, a new one after it moves (idle sessions end).
  const sessions = new Map<string, Promise<TestBrowser>>();
  const session = (who: string, open: () => Promise<TestBrowser>) => {
    const key = `${who}@${api.now().toISOString()}`;
    if (!sessions.has(key)) sessions.set(key, open());
    return sessions.get(key)!;
  };
  const office = () => session('office', () => signIn(api, 'office@yingcai.test'));
  const as = (application: Application) => session(String(application.id), () => signInApplicant(api, application));
  const status = async (application: Application) => (await api.orm.em.fork().findOneOrFail(Application, { id: application.id })).status;
  const reply = async (application: Application) => (await (await as(application)).graphql<{ myApplication: Json }>(MY_REPLY)).data!.myApplication;
  const board = async () => (await (await office()).graphql<{ confirmationBoard: Json }>(CONFIRMATION_BOARD)).data!.confirmationBoard;
  const outboxOf = async (application: Application) => {
    const em = api.orm.em.fork();
    const stored = await em.findOneOrFail(Application, { id: application.id }, { populate: ['applicant'] });
    return em.find(OutboxMessage, { recipientHash: recipientKey(stored.applicant.getEntity().email!) }, { orderBy: { id: 'asc' } });
  };

  beforeAll(async () => {
    api = await startTestApi({ now: at('2025-12-28') });
    await signInEveryRole(api);
    const em = api.orm.em.fork();
    const school = await approveParticipation(em, '太原市第五中学（演示）');
    const mentorId = (await addMentor(em, { name: '物理导师' })).id;
    physics = await addAdmissionResults(em, { school, mentorId, disciplineCode: 'physics', from: 1, admitted: 3, waitlisted: 3, notAdmitted: 3 });
    chemistry = await addAdmissionResults(em, { school, mentorId, disciplineCode: 'chemistry', from: 20, admitted: 2, waitlisted: 1, notAdmitted: 2 });
    await addAdmissionResults(em, { school, mentorId, disciplineCode: 'biology', from: 40, admitted: 0, waitlisted: 0, notAdmitted: 6 });
  });
  afterAll(() => api.close());

  it('R-SEL-5 an admitted applicant sees their deadline and confirms their place; audited and told', async () => {
    const [first] = physics.admitted;
    const browser = await as(first!);
    const mine = (await browser.graphql<{ myApplication: Json }>(MY_REPLY)).data!.myApplication;
    expect(mine).toMatchObject({ status: 'ADMITTED', admissionReply: { deadline: '2026-01-05', open: true } });
    const { data, errors } = await browser.graphql<{ confirmAdmission: Json }>(CONFIRM_ADMISSION, { version: mine.version });
    expect(errors).toBeUndefined();
    expect(data!.confirmAdmission).toMatchObject({ status: 'CONFIRMED', admissionReply: { open: false } });
    expect((await api.orm.em.fork().findOneOrFail(AuditEntry, { action: 'application.confirm_admission' })).subjectId).toBe(first!.applicationNumber);
    expect((await outboxOf(first!)).at(-1)?.subject).toBe('英才计划：已确认录取');
  });

  it('R-SEL-5 nobody replies for another: a waitlisted applicant confirming is refused, and staff cannot reply', async () => {
    const waitlisted = physics.waitlisted[0]!;
    const own = await reply(waitlisted);
    expect(own.admissionReply).toBeNull();
    const refused = await (await as(waitlisted)).graphql(CONFIRM_ADMISSION, { version: own.version });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rules: ['R-SEL-5'] });
    expect(await status(waitlisted)).toBe('waitlisted');
    const staff = await (await office()).graphql(CONFIRM_ADMISSION, { version: 1 });
    expect(staff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await status(physics.admitted[1]!)).toBe('admitted');
  });

  it('R-SEL-5 a reply on a stale version (another tab) gets CONFLICT and changes nothing', async () => {
    const second = physics.admitted[1]!;
    const { version } = await reply(second);
    const stale = await (await as(second)).graphql(DECLINE_ADMISSION, { version: version - 1 });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await status(second)).toBe('admitted');
  });

  it('R-SEL-4 a decline offers the place to the next on the discipline’s waiting list, who is told and gets seven days', async () => {
    api.setNow(at('2026-01-03'));
    const second = physics.admitted[1]!;
    const { version } = await reply(second);
    const { data, errors } = await (await as(second)).graphql<{ declineAdmission: Json }>(DECLINE_ADMISSION, { version, reason: '已被其他项目录取' });
    expect(errors).toBeUndefined();
    expect(data!.declineAdmission).toMatchObject({ status: 'DECLINED', admissionReply: { declineReason: '已被其他项目录取' } });
    const [next, afterNext] = physics.waitlisted;
    expect(await status(next!)).toBe('admitted');
    expect(await status(afterNext!)).toBe('waitlisted');
    expect((await reply(next!)).admissionReply).toEqual({ deadline: '2026-01-10', open: true, declineReason: null });
    const offer = (await outboxOf(next!)).at(-1)!;
    expect(offer.subject).toBe('英才计划：候补录取');
    expect(offer.body).toContain('2026-01-10');
    expect((await outboxOf(second)).at(-1)?.body).toContain('已被其他项目录取');
    expect((await board()).offers[0]).toMatchObject({ disciplineCode: 'physics', vacatedBy: second.applicationNumber, offeredTo: next!.applicationNumber, replyBy: '2026-01-10' });
  });

  it('R-SEL-4 a decline where one more admission would break the ratio offers nothing, and the office sees why', async () => {
    const declining = chemistry.admitted[0]!;
    const { version } = await reply(declining);
    expect((await (await as(declining)).graphql(DECLINE_ADMISSION, { version })).errors).toBeUndefined();
    expect(await status(chemistry.waitlisted[0]!)).toBe('waitlisted');
    const { offers, disciplines } = await board();
    expect(offers[0]).toMatchObject({ disciplineCode: 'chemistry', vacatedBy: declining.applicationNumber, offeredTo: null });
    expect(offers[0].unfilledReason).toMatch(/^R-SEL-4: in chemistry, 5 interviewees for 2 admitted/);
    expect(offers[0].unfilled).toBe('R-SEL-4');
    expect(disciplines.find((d: Json) => d.disciplineCode === 'chemistry')).toMatchObject({ interviewees: 5, admitted: 1, declined: 1, maxAdmitted: 1 });
  });

  it('R-SEL-4 the office’s manual offer is refused when it would break the ratio; on a stale version it is CONFLICT', async () => {
    const { disciplines } = await board();
    const physicsRow = disciplines.find((d: Json) => d.disciplineCode === 'physics');
    expect(physicsRow).toMatchObject({ interviewees: 9, admitted: 2, confirmed: 1, declined: 1, maxAdmitted: 3 });
    expect(physicsRow.offerBlockedBy).toMatch(/^R-SEL-4: in physics/);
    const [candidate] = physicsRow.waitlist;
    expect(candidate).toMatchObject({ applicationNumber: physics.waitlisted[1]!.applicationNumber, waitlistPosition: 2 });
    const staff = await office();
    const refused = await staff.graphql(ADMIT_FROM_WAITLIST, { applicationId: candidate.id, version: candidate.version });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rules: ['R-SEL-4'] });
    expect(await status(physics.waitlisted[1]!)).toBe('waitlisted');
    const stale = await staff.graphql(ADMIT_FROM_WAITLIST, { applicationId: candidate.id, version: candidate.version + 1 });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const school = await (await signIn(api, 'school@yingcai.test')).graphql(CONFIRMATION_BOARD);
    expect(school.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('R-SEL-5 unconfirmed admissions lapse only after the deadline', async () => {
    const early = await (await office()).graphql(LAPSE_UNCONFIRMED);
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rules: ['R-SEL-5'] });
    expect(await status(physics.admitted[2]!)).toBe('admitted');
  });

  it('R-SEL-5 after the deadline a reply is refused, but one offered late still has their own days', async () => {
    api.setNow(at('2026-01-06'));
    const late = physics.admitted[2]!;
    const { version, admissionReply } = await reply(late);
    expect(admissionReply).toMatchObject({ deadline: '2026-01-05', open: false });
    const refused = await (await as(late)).graphql(CONFIRM_ADMISSION, { version });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rules: ['R-SEL-5'] });
    expect(refused.errors?.[0]?.message).toContain('2026-01-05');
    const offered = physics.waitlisted[0]!;
    const mine = await reply(offered);
    expect((await (await as(offered)).graphql(CONFIRM_ADMISSION, { version: mine.version })).errors).toBeUndefined();
  });

  it('R-SEL-4 R-SEL-5 the office lapses unconfirmed admissions in one audited action, and each place is offered on', async () => {
    expect((await board()).lapsable).toBe(2);
    const { data, errors } = await (await office()).graphql<{ lapseUnconfirmedAdmissions: Json }>(LAPSE_UNCONFIRMED);
    expect(errors).toBeUndefined();
    expect(await status(physics.admitted[2]!)).toBe('declined');
    expect(await status(chemistry.admitted[1]!)).toBe('declined');
    expect(await status(physics.waitlisted[1]!)).toBe('admitted');
    expect(await status(chemistry.waitlisted[0]!)).toBe('admitted');
    expect(data!.lapseUnconfirmedAdmissions).toMatchObject({ lapsable: 0, held: 4 });
    const audits = await api.orm.em.fork().find(AuditEntry, { action: 'application.lapse_admission' });
    expect(audits.map((a) => a.subjectId).sort()).toEqual([chemistry.admitted[1]!.applicationNumber, physics.admitted[2]!.applicationNumber].sort());
    expect((await outboxOf(physics.admitted[2]!)).at(-1)?.body).toContain('逾期未确认');
  });

  it('R-SEL-5 the office extends the confirmation deadline for one applicant, who may then reply', async () => {
    const em = api.orm.em.fork();
    const school = await em.findOneOrFail(School, { name: '太原市第五中学（演示）' });
    const { admitted } = await addAdmissionResults(em, { school, mentorId: (await addMentor(em, { name: '生物导师' })).id, disciplineCode: 'biology', from: 60, admitted: 1, waitlisted: 0, notAdmitted: 0 });
    const late = admitted[0]!;
    const { version } = await reply(late);
    expect((await (await as(late)).graphql(CONFIRM_ADMISSION, { version })).errors?.[0]?.extensions?.rules).toEqual(['R-SEL-5']);
    const extended = await (await office()).graphql(EXTEND, { contact: 'applicant060@example.com' });
    expect(extended.errors).toBeUndefined();
    expect((await reply(late)).admissionReply).toMatchObject({ deadline: '2026-01-08', open: true });
    expect((await (await as(late)).graphql(CONFIRM_ADMISSION, { version })).errors).toBeUndefined();
  });
});
