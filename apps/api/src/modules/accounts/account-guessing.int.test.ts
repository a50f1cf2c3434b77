import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestCode, LOGIN } from '../../../test/fixtures/accounts.js';
import { startTestApi, type GraphQLResponse, type TestApi } from '../../../test/test-api.js';
import { recipientKey } from '../notifications/outbox-message.entity.js';

const REGISTER = /* GraphQL */ `mutation ($contact: String!, $password: String!) {
  register(input: { contact: $contact, password: $password, displayName: "王同学", privacyNoticeVersion: "2026-1" }) { sentTo } }`;
const VERIFY = /* GraphQL */ `mutation ($contact: String!, $code: String!) { verifyContact(input: { contact: $contact, code: $code }) { status } }`;
const RESEND = /* GraphQL */ `mutation ($contact: String!) { resendVerificationCode(contact: $contact) { sentTo } }`;
const REQUEST_RESET = /* GraphQL */ `mutation ($contact: String!) { requestPasswordReset(contact: $contact) }`;
const RESET = /* GraphQL */ `mutation ($contact: String!, $code: String!) { resetPassword(input: { contact: $contact, code: $code, password: "a fresh passphrase" }) }`;

/** A request as a client behind a proxy would send it. */
async function postAs(api: TestApi, forwardedFor: string | null, query: string, variables: Record<string, unknown>): Promise<GraphQLResponse> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'apollo-require-preflight': 'true' };
  if (forwardedFor) headers['x-forwarded-for'] = forwardedFor;
  const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return { status: response.status, ...((await response.json()) as object) };
}

const reasonOf = (answer: GraphQLResponse) => answer.errors?.[0]?.extensions?.reason ?? null;
const wrongCodeFor = (code: string) => (code === '000000' ? '111111' : '000000');

async function registered(api: TestApi, contact: string): Promise<void> {
  const { errors } = await api.graphql(REGISTER, { contact, password: 'my own passphrase' });
  expect(errors).toBeUndefined();
}

describe('issue 10: codes cannot be guessed', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ now: new Date('2026-11-10T09:00:00+08:00') });
  });
  afterAll(() => api.close());

  it('five wrong verification codes lock the code: the right one is then refused, and a new code works', async () => {
    await registered(api, '13800000001');
    const code = await latestCode(api, '13800000001');
    for (let i = 0; i < 5; i++) expect(reasonOf(await api.graphql(VERIFY, { contact: '13800000001', code: wrongCodeFor(code) }))).toBe('CODE_INVALID');
    const right = await api.graphql(VERIFY, { contact: '13800000001', code });
    expect(right.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CODE_INVALID' });

    await api.graphql(RESEND, { contact: '13800000001' });
    const fresh = await api.graphql<{ verifyContact: { status: string } }>(VERIFY, { contact: '13800000001', code: await latestCode(api, '13800000001') });
    expect(fresh.data?.verifyContact.status).toBe('ACTIVE');
  });

  it('five wrong reset codes lock the code, and the password stays as it was', async () => {
    await registered(api, 'reset-guess@example.com');
    await api.graphql(VERIFY, { contact: 'reset-guess@example.com', code: await latestCode(api, 'reset-guess@example.com') });
    await api.graphql(REQUEST_RESET, { contact: 'reset-guess@example.com' });
    const code = await latestCode(api, 'reset-guess@example.com');
    for (let i = 0; i < 5; i++) expect(reasonOf(await api.graphql(RESET, { contact: 'reset-guess@example.com', code: wrongCodeFor(code) }))).toBe('CODE_INVALID');
    expect(reasonOf(await api.graphql(RESET, { contact: 'reset-guess@example.com', code }))).toBe('CODE_INVALID');
    expect((await api.graphql(LOGIN, { login: 'reset-guess@example.com', password: 'my own passphrase' })).errors).toBeUndefined();
    expect(reasonOf(await api.graphql(LOGIN, { login: 'reset-guess@example.com', password: 'a fresh passphrase' }))).toBe('WRONG_CREDENTIALS');
  });

  it('a burst of parallel wrong guesses still gets no more than five attempts at one code', async () => {
    await registered(api, 'burst@example.com');
    const code = await latestCode(api, 'burst@example.com');
    await Promise.all(Array.from({ length: 8 }, () => api.graphql(VERIFY, { contact: 'burst@example.com', code: wrongCodeFor(code) })));
    expect(reasonOf(await api.graphql(VERIFY, { contact: 'burst@example.com', code }))).toMatch(/CODE_INVALID|RATE_LIMITED/);
  });

  it('wrong codes for one contact are limited to ten an hour, whatever codes are asked for meanwhile; other contacts go on', async () => {
    await registered(api, 'patient@example.com');
    const answers: unknown[] = [];
    for (let round = 0; round < 3; round++) {
      await api.graphql(RESEND, { contact: 'patient@example.com' });
      const code = await latestCode(api, 'patient@example.com');
      for (let i = 0; i < 4; i++) answers.push(reasonOf(await api.graphql(VERIFY, { contact: 'patient@example.com', code: wrongCodeFor(code) })));
    }
    expect(answers.slice(0, 10)).toEqual(Array(10).fill('CODE_INVALID'));
    expect(answers.slice(10)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    await api.graphql(RESEND, { contact: 'patient@example.com' });
    expect(reasonOf(await api.graphql(VERIFY, { contact: 'patient@example.com', code: await latestCode(api, 'patient@example.com') }))).toBe('RATE_LIMITED');
    await registered(api, 'other@example.com');
    expect((await api.graphql(VERIFY, { contact: 'other@example.com', code: await latestCode(api, 'other@example.com') })).errors).toBeUndefined();
  });
});

describe('issue 10: per-address limits', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ now: new Date('2026-11-10T09:00:00+08:00'), env: { NODE_ENV: 'production', TRUSTED_PROXIES: '' } });
  });
  afterAll(() => api.close());

  it('wrong codes from one address are limited to fifty an hour across contacts', async () => {
    const answers = [];
    for (let i = 0; i < 51; i++) answers.push(reasonOf(await api.graphql(RESET, { contact: `1390000${String(i).padStart(4, '0')}`, code: '123456' })));
    expect(answers.slice(0, 50).every((reason) => reason === 'CODE_INVALID')).toBe(true);
    expect(answers[50]).toBe('RATE_LIMITED');
  });

  it('a forged X-Forwarded-For from an untrusted peer is not an address: rotating it gets no fresh limit', async () => {
    const answers = [];
    for (let i = 0; i < 21; i++) answers.push(reasonOf(await postAs(api, `203.0.113.${i}`, RESEND, { contact: `1370000${String(i).padStart(4, '0')}` })));
    expect(answers.slice(0, 20)).toEqual(Array(20).fill(null));
    expect(answers[20]).toBe('RATE_LIMITED');
  });
});

describe('issue 10: only failed logins count against an address', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ now: new Date('2026-11-10T09:00:00+08:00'), env: { NODE_ENV: 'production', TRUSTED_PROXIES: '' } });
  });
  afterAll(() => api.close());

  it('successful logins from one address do not count: a class of 40 behind one school address all sign in', async () => {
    const contacts = Array.from({ length: 20 }, (_, i) => `pupil${i}@example.com`);
    for (const contact of contacts) {
      await registered(api, contact);
      await api.graphql(VERIFY, { contact, code: await latestCode(api, contact) });
    }
    const failures = [];
    for (const contact of [...contacts, ...contacts]) failures.push(...((await api.graphql(LOGIN, { login: contact, password: 'my own passphrase' })).errors ?? []));
    expect(failures).toEqual([]);
  }, 30_000);
});

describe('issue 10: behind a trusted proxy', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ now: new Date('2026-11-10T09:00:00+08:00'), env: { NODE_ENV: 'production', TRUSTED_PROXIES: '127.0.0.1' } });
  });
  afterAll(() => api.close());

  it('the address the named proxy forwards is the client: each client has its own limit', async () => {
    const sameClient = [];
    for (let i = 0; i < 21; i++) sameClient.push(reasonOf(await postAs(api, '198.51.100.7', RESEND, { contact: `1360000${String(i).padStart(4, '0')}` })));
    expect(sameClient[20]).toBe('RATE_LIMITED');
    const otherClient = await postAs(api, '198.51.100.8', RESEND, { contact: '13600009999' });
    expect(otherClient.errors).toBeUndefined();
  });
});

describe('issue 10: known and unknown contacts get the same answers', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ now: new Date('2026-11-10T09:00:00+08:00') });
    await registered(api, 'known@example.com');
    await api.graphql(VERIFY, { contact: 'known@example.com', code: await latestCode(api, 'known@example.com') });
  });
  afterAll(() => api.close());

  const withoutMask = (answer: GraphQLResponse) => JSON.stringify(answer).replace(/"sentTo":"[^"]*"/, '"sentTo":"(masked)"');

  it('registering a contact that has an account answers as for a new one, and tells its owner instead', async () => {
    const known = await api.graphql(REGISTER, { contact: 'known@example.com', password: 'someone elses phrase' });
    const unknown = await api.graphql(REGISTER, { contact: 'fresh@example.com', password: 'someone elses phrase' });
    expect(withoutMask(known)).toBe(withoutMask(unknown));
    expect(known.data).toEqual({ register: { sentTo: 'k***n@example.com' } });
    const [notice] = await api.orm.em.fork().getConnection().execute<{ subject: string; body: string }[]>(
      'select subject, body from outbox_message where recipient_hash = ? order by id desc limit 1', [recipientKey('known@example.com')],
    );
    expect(notice?.subject).toBe('英才计划：此联系方式已有账号');
    expect(notice?.body).toContain('忘记密码');
    expect((await api.graphql(LOGIN, { login: 'known@example.com', password: 'my own passphrase' })).errors).toBeUndefined();
  });

  it('asking for a verification code, or a reset, answers the same for verified, unverified and unknown contacts', async () => {
    for (const mutation of [RESEND, REQUEST_RESET]) {
      const known = await api.graphql(mutation, { contact: 'known@example.com' });
      const unverified = await api.graphql(mutation, { contact: 'fresh@example.com' });
      const unknown = await api.graphql(mutation, { contact: 'nobody@example.com' });
      expect(known.errors).toBeUndefined();
      expect(withoutMask(known)).toBe(withoutMask(unverified));
      expect(withoutMask(unknown)).toBe(withoutMask(known));
    }
  });

  it('a wrong code answers the same whether the contact has an account, a code, or nothing', async () => {
    const answers = await Promise.all(
      ['known@example.com', 'fresh@example.com', 'nobody@example.com'].map(async (contact) => [
        (await api.graphql(VERIFY, { contact, code: '000001' })).errors?.[0],
        (await api.graphql(RESET, { contact, code: '000001' })).errors?.[0],
      ]),
    );
    expect(new Set(answers.flat().map((error) => JSON.stringify(error)))).toHaveLength(2);
  });
});
