import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/test-api.js';
import { Account } from './account.entity.js';

const NOTICE = 'query { privacyNotice { version title sections { heading body } } }';
const REGISTER = `mutation ($contact: String!, $version: String!) {
  register(input: { contact: $contact, password: "privacy passphrase", displayName: "冯同学", privacyNoticeVersion: $version }) { sentTo } }`;

describe('Issue 23: the privacy notice (个人信息处理规则) is shown before registration and its version is kept', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('is public, and names every recipient, the public notice and how long data is kept', async () => {
    const { data } = await api.graphql<{ privacyNotice: { version: string; title: string; sections: { heading: string; body: string }[] } }>(NOTICE);
    const text = data!.privacyNotice.sections.map((s) => s.body).join('');
    expect(data!.privacyNotice.title).toBe('山西省中学生英才计划个人信息处理规则');
    for (const named of ['所在中学', '省级管理办公室', '山西大学', '导师', '全国中学生英才计划管理办公室', '录取公示', '一年内删除', '监护人']) expect(text).toContain(named);
  });

  it('a registration without the notice in force is refused and makes no account; with it, the account keeps the version', async () => {
    const { version } = (await api.graphql<{ privacyNotice: { version: string } }>(NOTICE)).data!.privacyNotice;
    const stale = await api.graphql(REGISTER, { contact: 'feng@example.com', version: '2025-1' });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PRIVACY_NOTICE', field: 'privacyNoticeVersion' });
    expect(await api.orm.em.fork().count(Account, { displayName: '冯同学' })).toBe(0);
    expect((await api.graphql(REGISTER, { contact: 'feng@example.com', version })).errors).toBeUndefined();
    const account = await api.orm.em.fork().findOneOrFail(Account, { displayName: '冯同学' });
    expect(account.privacyNoticeVersion).toBe(version);
    expect(account.privacyNoticeAcceptedAt).toEqual(api.now());
  });

  it("the guardian's consent text names every recipient, the public notice and the retention too", async () => {
    const { data } = await api.graphql<{ guardianConsentText: { version: string; text: string } }>('query { guardianConsentText { version text } }');
    expect(data!.guardianConsentText.version).toBe('2026-2');
    for (const named of ['所在中学', '省级管理办公室', '山西大学', '导师', '全国中学生英才计划管理办公室', '公示', '一年内删除', '撤回同意']) {
      expect(data!.guardianConsentText.text).toContain(named);
    }
  });
});
