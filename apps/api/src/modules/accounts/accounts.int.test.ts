import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestCode, latestLinkToken, LOGIN, signInEveryRole } from '../../../test/fixtures/accounts.js';
import { startTestApi, type TestApi } from '../../../test/test-api.js';
import { Account } from './account.entity.js';

const REGISTER = /* GraphQL */ `mutation ($contact: String!, $password: String!) {
  register(input: { contact: $contact, password: $password, displayName: "李同学", privacyNoticeVersion: "2026-1" }) { sentTo } }`;
const VERIFY = /* GraphQL */ `mutation ($contact: String!, $code: String!) { verifyContact(input: { contact: $contact, code: $code }) { id status } }`;
const ME = '{ me { id displayName status } }';
const minutes = (api: TestApi, n: number) => new Date(api.now().getTime() + n * 60_000);

describe('accounts: register, verify, log in and out', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ now: new Date('2025-11-10T09:00:00+08:00') });
  });
  afterAll(() => api.close());

  it('an applicant registers with a phone, verifies with the code from the outbox, is signed in, logs out', async () => {
    const browser = api.browser();
    const registered = await browser.graphql<{ register: { sentTo: string } }>(REGISTER, { contact: '139 1234 5678', password: '我要去实验室做研究' });
    expect(registered.data?.register.sentTo).toBe('139****5678');
    expect((await browser.graphql(LOGIN, { login: '13912345678', password: '我要去实验室做研究' })).errors?.[0]?.extensions?.reason).toBe('ACCOUNT_UNVERIFIED');

    const code = await latestCode(api, '13912345678');
    const verified = await browser.graphql<{ verifyContact: { status: string } }>(VERIFY, { contact: '13912345678', code });
    expect(verified.data?.verifyContact.status).toBe('ACTIVE');
    expect((await browser.graphql<{ me: { displayName: string } }>(ME)).data?.me.displayName).toBe('李同学');

    const cookie = browser.cookie;
    await browser.graphql('mutation { logout }');
    expect((await browser.graphql(ME)).data).toEqual({ me: null });
    const stolen = api.browser();
    stolen.cookie = cookie;
    expect((await stolen.graphql(ME)).data).toEqual({ me: null });
  });

  it('issue 11: the registration is checked by the request schema the site shares; each refused field is named, nothing created', async () => {
    const before = await api.orm.em.fork().count(Account, {});
    const refused = await api.graphql<never>(
      'mutation { register(input: { contact: "12345", password: "", displayName: "  ", privacyNoticeVersion: "2026-1" }) { sentTo } }',
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT', field: 'displayName', reason: 'NAME_REQUIRED',
      inputErrors: [{ field: 'displayName', reason: 'NAME_REQUIRED' }, { field: 'contact', reason: 'BAD_CONTACT' }, { field: 'password', reason: 'PASSWORD_REQUIRED' }],
    });
    expect(await api.orm.em.fork().count(Account, {})).toBe(before);
    const badCode = await api.graphql<never>(VERIFY, { contact: '13800000001', code: '12 34' });
    expect(badCode.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code', reason: 'CODE_FORMAT' });
  });

  it('R-ACCESS-PASSWORD a weak password is refused naming each rule, and nothing is created', async () => {
    const { errors } = await api.browser().graphql(REGISTER, { contact: 'weak@example.com', password: 'password' });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WEAK_PASSWORD', problems: ['COMMON'] });
    const retry = await api.browser().graphql(REGISTER, { contact: 'weak@example.com', password: 'a long passphrase of mine' });
    expect(retry.errors).toBeUndefined();
  });

  it('an e-mail or phone already used gets no second account: the second registration gets no code and cannot sign in', async () => {
    await api.browser().graphql(REGISTER, { contact: 'twice@example.com', password: 'first passphrase here' });
    const second = await api.browser().graphql(REGISTER, { contact: 'TWICE@example.com', password: 'second passphrase here' });
    expect(second.errors).toBeUndefined();
    const emails = (await api.orm.em.fork().find(Account, {}, { fields: ['email'] })).map((account) => account.email);
    expect(emails.filter((email) => email?.toLowerCase() === 'twice@example.com')).toEqual(['twice@example.com']);
    const login = await api.browser().graphql(LOGIN, { login: 'twice@example.com', password: 'second passphrase here' });
    expect(login.errors?.[0]?.extensions?.reason).toBe('WRONG_CREDENTIALS');
  });

  it('a wrong code is refused, an expired code is refused, a used code cannot be used again', async () => {
    const browser = api.browser();
    await browser.graphql(REGISTER, { contact: 'codes@example.com', password: 'verify me passphrase' });
    const wrong = await browser.graphql(VERIFY, { contact: 'codes@example.com', code: '000000' === (await latestCode(api, 'codes@example.com')) ? '111111' : '000000' });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CODE_INVALID' });

    api.setNow(minutes(api, 11));
    const expired = await browser.graphql(VERIFY, { contact: 'codes@example.com', code: await latestCode(api, 'codes@example.com') });
    expect(expired.errors?.[0]?.extensions?.reason).toBe('CODE_INVALID');

    await browser.graphql('mutation { resendVerificationCode(contact: "codes@example.com") { sentTo } }');
    const code = await latestCode(api, 'codes@example.com');
    expect((await browser.graphql(VERIFY, { contact: 'codes@example.com', code })).errors).toBeUndefined();
    const again = await api.browser().graphql(VERIFY, { contact: 'codes@example.com', code });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CODE_INVALID' });
  });

  it('login throttling: after 5 wrong passwords the account waits, and says for how long', async () => {
    const browser = api.browser();
    for (let i = 0; i < 5; i++) {
      const { errors } = await browser.graphql(LOGIN, { login: 'codes@example.com', password: `wrong guess ${i}` });
      expect(errors?.[0]?.extensions?.reason).toBe('WRONG_CREDENTIALS');
    }
    const blocked = await browser.graphql(LOGIN, { login: 'codes@example.com', password: 'verify me passphrase' });
    expect(blocked.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'RATE_LIMITED' });
    expect(blocked.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(800);
  });

  it('a password reset by code ends every session of the account', async () => {
    const phone = api.browser();
    await phone.graphql(REGISTER, { contact: 'reset@example.com', password: 'old passphrase here' });
    await phone.graphql(VERIFY, { contact: 'reset@example.com', code: await latestCode(api, 'reset@example.com') });
    expect((await phone.graphql(ME)).data?.me).not.toBeNull();

    const other = api.browser();
    expect((await other.graphql('mutation { requestPasswordReset(contact: "nobody@example.com") }')).data).toEqual({ requestPasswordReset: true });
    await other.graphql('mutation { requestPasswordReset(contact: "reset@example.com") }');
    const reset = await other.graphql(
      'mutation ($code: String!) { resetPassword(input: { contact: "reset@example.com", code: $code, password: "new passphrase here" }) }',
      { code: await latestCode(api, 'reset@example.com') },
    );
    expect(reset.errors).toBeUndefined();
    expect((await phone.graphql(ME)).data).toEqual({ me: null });
    expect((await other.graphql(LOGIN, { login: 'reset@example.com', password: 'new passphrase here' })).errors).toBeUndefined();
  });
});

describe('staff sessions, invitations and disabling', () => {
  let api: TestApi;
  let office: Awaited<ReturnType<typeof signInEveryRole>>['office_staff'];
  beforeAll(async () => {
    api = await startTestApi({ now: new Date('2025-12-01T09:00:00+08:00') });
    ({ office_staff: office } = await signInEveryRole(api));
  });
  afterAll(() => api.close());

  it('a login rotates the session: the cookie from before it signs nobody in', async () => {
    const browser = api.browser();
    await browser.graphql(LOGIN, { login: 'analyst@yingcai.test', password: 'yingcai-demo-2026' });
    const before = browser.cookie;
    await browser.graphql(LOGIN, { login: 'analyst@yingcai.test', password: 'yingcai-demo-2026' });
    expect(browser.cookie).not.toBe(before);
    const old = api.browser();
    old.cookie = before;
    expect((await old.graphql(ME)).data).toEqual({ me: null });
    expect((await browser.graphql(ME)).data?.me).not.toBeNull();
  });

  it('a staff session ends after 30 idle minutes, and in any case after 12 hours', async () => {
    const browser = api.browser();
    await browser.graphql(LOGIN, { login: 'analyst@yingcai.test', password: 'yingcai-demo-2026' });
    api.setNow(minutes(api, 29));
    expect((await browser.graphql(ME)).data?.me).not.toBeNull();
    api.setNow(minutes(api, 31));
    expect((await browser.graphql(ME)).data).toEqual({ me: null });

    await browser.graphql(LOGIN, { login: 'analyst@yingcai.test', password: 'yingcai-demo-2026' });
    for (let i = 0; i < 36; i++) {
      api.setNow(minutes(api, 20));
      await browser.graphql(ME);
    }
    expect((await browser.graphql(ME)).data).toEqual({ me: null });
  });

  it('an invitation creates a staff account once, and expires after 72 hours', async () => {
    const admin = await signedInAdmin(api);
    const invite = (email: string) =>
      admin.graphql(`mutation { inviteStaff(input: { email: "${email}", displayName: "孙老师", roles: [{ role: OFFICE_STAFF, scopeId: "山西省" }] }) { expiresAt } }`);
    await invite('sun@yingcai.test');
    const token = await latestLinkToken(api, 'sun@yingcai.test');
    const info = await api.browser().graphql<{ invitation: { roles: { role: string }[] } }>(`{ invitation(token: "${token}") { roles { role } } }`);
    expect(info.data?.invitation.roles).toEqual([{ role: 'OFFICE_STAFF' }]);
    const newcomer = api.browser();
    const accepted = await newcomer.graphql<{ acceptInvitation: { roles: { role: string }[] } }>(
      `mutation { acceptInvitation(input: { token: "${token}", password: "sun teacher passphrase" }) { roles { role } } }`,
    );
    expect(accepted.data?.acceptInvitation.roles).toEqual([{ role: 'OFFICE_STAFF', }]);
    const reused = await api.browser().graphql(`mutation { acceptInvitation(input: { token: "${token}", password: "another passphrase" }) { id } }`);
    expect(reused.errors?.[0]?.extensions?.reason).toBe('INVITATION_USED');

    await invite('late@yingcai.test');
    const late = await latestLinkToken(api, 'late@yingcai.test');
    api.setNow(minutes(api, 72 * 60 + 1));
    const expired = await api.browser().graphql(`mutation { acceptInvitation(input: { token: "${late}", password: "late teacher passphrase" }) { id } }`);
    expect(expired.errors?.[0]?.extensions?.reason).toBe('INVITATION_EXPIRED');
  });

  it('disabling an account ends its sessions and refuses its logins, saying so', async () => {
    const officeNow = api.browser();
    await officeNow.graphql(LOGIN, { login: 'office@yingcai.test', password: 'yingcai-demo-2026' });
    const disabled = await officeNow.graphql(
      'mutation ($id: ID!) { setAccountDisabled(accountId: $id, disabled: true, reason: "离职") { status } }',
      { id: office.accountId },
    );
    expect(disabled.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const adminNow = await signedInAdmin(api);
    const done = await adminNow.graphql<{ setAccountDisabled: { status: string } }>(
      'mutation ($id: ID!) { setAccountDisabled(accountId: $id, disabled: true, reason: "离职") { status } }',
      { id: office.accountId },
    );
    expect(done.data?.setAccountDisabled.status).toBe('DISABLED');
    expect((await officeNow.graphql(ME)).data).toEqual({ me: null });
    const refused = await api.browser().graphql(LOGIN, { login: 'office@yingcai.test', password: 'yingcai-demo-2026' });
    expect(refused.errors?.[0]?.extensions?.reason).toBe('ACCOUNT_DISABLED');
  });
});

async function signedInAdmin(api: TestApi) {
  const browser = api.browser();
  await browser.graphql(LOGIN, { login: 'admin@yingcai.test', password: 'yingcai-demo-2026' });
  return browser;
}

describe('limits and sessions hold across API instances', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    await signInEveryRole(api);
  });
  afterAll(() => api.close());

  it('failed logins counted on one instance block the account on another; a session from one works on the other', async () => {
    const other = await api.secondInstance();
    try {
      for (let i = 0; i < 5; i++) await api.browser().graphql(LOGIN, { login: 'mentor@yingcai.test', password: `guess ${i}` });
      const blocked = await other.browser().graphql(LOGIN, { login: 'mentor@yingcai.test', password: 'yingcai-demo-2026' });
      expect(blocked.errors?.[0]?.extensions?.reason).toBe('RATE_LIMITED');

      const here = api.browser();
      await here.graphql(LOGIN, { login: 'analyst@yingcai.test', password: 'yingcai-demo-2026' });
      const there = other.browser();
      there.cookie = here.cookie;
      expect((await there.graphql<{ me: { displayName: string } }>(ME)).data?.me.displayName).toBe('数据分析员（演示）');
    } finally {
      await other.close();
    }
  });
});
