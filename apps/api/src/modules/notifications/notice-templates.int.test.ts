import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInEveryRole } from '../../../test/fixtures/accounts.js';
import { approveParticipation } from '../../../test/fixtures/applications.js';
import { addMentor } from '../../../test/fixtures/mentors.js';
import { addSubmittedApplication, RECOMMEND_APPLICATION } from '../../../test/fixtures/school-review.js';
import { startTestApi, type TestApi } from '../../../test/test-api.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { OutboxMessage, recipientKey } from './outbox-message.entity.js';

const TEMPLATES = /* GraphQL */ `query { noticeTemplates { key subject body variables edited version } }`;
const UPDATE = /* GraphQL */ `mutation ($key: String!, $subject: String!, $body: String!, $version: Int!) {
  updateNoticeTemplate(key: $key, subject: $subject, body: $body, version: $version) { key subject body edited version } }`;
const RESET = /* GraphQL */ `mutation ($key: String!, $version: Int!) { resetNoticeTemplate(key: $key, version: $version) { body edited version } }`;

interface Template { key: string; subject: string; body: string; variables: string[]; edited: boolean; version: number }

describe('notice templates (通知模板) the office edits', () => {
  let api: TestApi;
  let as: Awaited<ReturnType<typeof signInEveryRole>>;
  beforeAll(async () => {
    api = await startTestApi({ now: new Date('2025-11-25T10:00:00+08:00') });
    as = await signInEveryRole(api);
  });
  afterAll(() => api.close());

  const templates = async () => (await as.office_staff.graphql<{ noticeTemplates: Template[] }>(TEMPLATES)).data!.noticeTemplates;

  it('lists every notice with its default text and the placeholders it may use', async () => {
    const declined = (await templates()).find((t) => t.key === 'school_declined')!;
    expect(declined).toMatchObject({ edited: false, version: 0, variables: ['name', 'applicationNumber', 'note'] });
    expect(declined.body).toContain('{{note}}');
  });

  it('refuses a placeholder the notice cannot fill, naming it, and keeps the default', async () => {
    const { errors } = await as.office_staff.graphql(UPDATE, { key: 'school_declined', subject: '通知', body: '{{name}}：{{score}}', version: 0 });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body', reason: 'UNKNOWN_PLACEHOLDER' });
    expect(errors?.[0]?.message).toContain('{{score}}');
    expect((await templates()).find((t) => t.key === 'school_declined')!.edited).toBe(false);
  });

  it('sends the edited text with the values filled in, audits the edit, and a stale second edit is CONFLICT', async () => {
    const body = '{{name}}同学：学校暂未推荐你的报名（{{applicationNumber}}），说明：{{note}}';
    const saved = await as.office_staff.graphql<{ updateNoticeTemplate: Template }>(UPDATE, { key: 'school_declined', subject: '学校推荐结果', body, version: 0 });
    expect(saved.data?.updateNoticeTemplate).toMatchObject({ edited: true, version: 1 });
    expect((await as.office_staff.graphql(UPDATE, { key: 'school_declined', subject: 'x', body: 'y', version: 0 })).errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const em = api.orm.em.fork();
    const school = await approveParticipation(em, '太原市第五中学（演示）');
    const application = await addSubmittedApplication(em, { school, mentorId: (await addMentor(em, { name: '物理导师' })).id, sequence: 1, status: 'submitted' });
    const declined = await as.school_coordinator.graphql(RECOMMEND_APPLICATION, { id: String(application.id), version: application.version, recommend: false, note: '排名材料不全' });
    expect(declined.errors).toBeUndefined();
    const sent = await em.fork().findOneOrFail(OutboxMessage, { recipientHash: recipientKey('applicant001@example.com') }, { orderBy: { id: 'desc' } });
    expect(sent).toMatchObject({ subject: '学校推荐结果', body: '学生001同学：学校暂未推荐你的报名（SX2026-00001），说明：排名材料不全' });
    expect(await em.fork().count(AuditEntry, { action: 'notice_template.update', subjectId: 'school_declined' })).toBe(1);
  });

  it('resets to the default text', async () => {
    const { data, errors } = await as.office_staff.graphql<{ resetNoticeTemplate: Template }>(RESET, { key: 'school_declined', version: 1 });
    expect(errors).toBeUndefined();
    expect(data?.resetNoticeTemplate).toMatchObject({ edited: false, version: 0 });
    expect(data?.resetNoticeTemplate.body).toContain('未获学校推荐');
  });

  it('is the office’s: a school coordinator may not edit a notice', async () => {
    const { errors } = await as.school_coordinator.graphql(UPDATE, { key: 'draft_reminder', subject: 's', body: 'b', version: 0 });
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
