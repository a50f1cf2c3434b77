import type { EntityManager } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, signInEveryRole } from '../../../test/fixtures/accounts.js';
import { approveParticipation } from '../../../test/fixtures/applications.js';
import { addSubmittedApplication } from '../../../test/fixtures/school-review.js';
import { startTestApi, type TestApi } from '../../../test/test-api.js';
import { Account } from '../accounts/account.entity.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Cycle } from '../cycles/cycle.entity.js';
import { OutboxMessage } from '../notifications/outbox-message.entity.js';
import { Application } from './application.entity.js';
import { REMINDER_BATCH } from './draft-reminder.service.js';

const REMIND = /* GraphQL */ `mutation { remindUnfinishedDrafts(year: 2026) }`;
const SUBJECT = '英才计划：报名尚未提交';
const DRAFTS = REMINDER_BATCH + 2;

/** `count` drafts of new applicants reached by e-mail; the first has no name yet, one more has no address at all. */
async function addDrafts(em: EntityManager, count: number): Promise<void> {
  const cycle = await em.findOneOrFail(Cycle, { year: 2026 });
  const at = new Date('2025-11-10T02:00:00Z');
  for (let n = 1; n <= count; n += 1) {
    const applicant = em.create(Account, { email: `draft${n}@example.com`, displayName: `草稿${n}`, status: 'active' });
    em.create(Application, { cycle, applicant, name: n === 1 ? null : `学生${n}`, createdAt: at, updatedAt: at });
  }
  const unreachable = em.create(Account, { displayName: '无联系方式', status: 'active' });
  em.create(Application, { cycle, applicant: unreachable, createdAt: at, updatedAt: at });
  await em.flush();
}

describe('R-APP-4 reminding every applicant with an unfinished draft', () => {
  let api: TestApi;
  let as: Awaited<ReturnType<typeof signInEveryRole>>;
  beforeAll(async () => {
    api = await startTestApi({ now: new Date('2025-11-28T10:00:00+08:00') });
    as = await signInEveryRole(api);
    const em = api.orm.em.fork();
    await addDrafts(em, DRAFTS);
    await addSubmittedApplication(em, { school: await approveParticipation(em, '太原市第五中学（演示）'), mentorId: 'none', sequence: 1, status: 'submitted' });
  }, 60_000);
  afterAll(() => api.close());

  it(`reminds every draft with an address, past a batch of ${REMINDER_BATCH}, with the deadline; never a submitted one; audited once`, async () => {
    const { data, errors } = await as.office_staff.graphql<{ remindUnfinishedDrafts: number }>(REMIND);
    expect(errors).toBeUndefined();
    expect(data?.remindUnfinishedDrafts).toBe(DRAFTS);
    const em = api.orm.em.fork();
    const sent = await em.find(OutboxMessage, { subject: SUBJECT }, { orderBy: { id: 'asc' } });
    expect(new Set(sent.map((m) => m.recipient)).size).toBe(DRAFTS);
    expect(sent.some((m) => m.recipient === 'applicant001@example.com')).toBe(false);
    expect(sent.find((m) => m.recipient === 'draft1@example.com')!.body).toMatch(/^草稿1同学/);
    expect(sent.find((m) => m.recipient === `draft${DRAFTS}@example.com`)!.body).toContain('2026年英才计划报名尚未提交。报名将于 二〇二五年十一月三十日 截止');
    expect(await em.count(AuditEntry, { action: 'application.remind_drafts', reason: `已提醒 ${DRAFTS} 份未提交的报名` })).toBe(1);
  });

  it('is the office’s: a school coordinator is FORBIDDEN', async () => {
    expect((await as.school_coordinator.graphql(REMIND)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('R-APP-4 is refused once registration has closed for everyone, and nobody is written to', async () => {
    api.setNow(new Date('2025-12-02T10:00:00+08:00'));
    const office = await signIn(api, 'office@yingcai.test');
    const before = await api.orm.em.fork().count(OutboxMessage, { subject: SUBJECT });
    const { errors } = await office.graphql(REMIND);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rules: ['R-APP-4'] });
    expect(await api.orm.em.fork().count(OutboxMessage, { subject: SUBJECT })).toBe(before);
  });
});
