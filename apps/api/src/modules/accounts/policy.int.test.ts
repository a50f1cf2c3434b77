import { can, POLICY, ROLES, type Action } from '@yingcai/domain/access';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInEveryRole } from '../../../test/fixtures/accounts.js';
import { startTestApi, type TestApi } from '../../../test/test-api.js';

/** Each guarded operation of the API with the policy action it needs; the policy (domain) is the one table. */
const OPERATIONS: { action: Action; name: string; query: string; variables?: (role: string, target: string) => Record<string, unknown> }[] = [
  { action: 'account.list', name: 'accounts', query: '{ accounts { total } }' },
  { action: 'outbox.read', name: 'outbox', query: '{ outbox { total } }' },
  { action: 'audit.read', name: 'auditLog', query: '{ auditLog { total } }' },
  { action: 'account.grant_roles', name: 'bindingTargets', query: '{ bindingTargets(kind: SCHOOL) { id } }' },
  {
    action: 'account.invite',
    name: 'inviteStaff',
    query: 'mutation ($email: String!) { inviteStaff(input: { email: $email, displayName: "新同事", roles: [{ role: ANALYST }] }) { email } }',
    variables: (role) => ({ email: `invite-${role}@yingcai.test` }),
  },
  {
    action: 'account.reveal_contact',
    name: 'revealAccountContact',
    query: 'mutation ($id: ID!) { revealAccountContact(accountId: $id, reason: "核对联系方式") { email } }',
    variables: (_role, target) => ({ id: target }),
  },
];

describe('R-ACCESS-1 the policy enforced through GraphQL, for every role', () => {
  let api: TestApi;
  let browsers: Awaited<ReturnType<typeof signInEveryRole>>;
  beforeAll(async () => {
    api = await startTestApi();
    browsers = await signInEveryRole(api);
  });
  afterAll(() => api.close());

  const cases = OPERATIONS.flatMap((op) => ROLES.map((role) => [role, op.name, op] as const));

  it.each(cases)('%s → %s: allowed exactly when POLICY says so', async (role, _name, op) => {
    const browser = browsers[role];
    const allowed = POLICY[op.action].includes(role);
    const target = browsers.applicant.accountId;
    const { data, errors } = await browser.graphql(op.query, op.variables?.(role, target) ?? {});
    if (allowed) {
      expect(errors).toBeUndefined();
      expect(data).not.toBeNull();
    } else {
      expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it.each(ROLES)('%s may read its own account and sessions (self), and nobody signed out may', async (role) => {
    const own = await browsers[role].graphql<{ me: { id: string }; mySessions: { current: boolean }[] }>('{ me { id } mySessions { current } }');
    expect(own.data?.me.id).toBe(browsers[role].accountId);
    expect(own.data?.mySessions.filter((s) => s.current)).toHaveLength(1);
    expect(can({ accountId: browsers[role].accountId, grants: [] }, 'account.read_own', { kind: 'account', accountId: browsers[role].accountId }).allowed).toBe(true);
  });

  it('signed out: me is null and every guarded operation is UNAUTHENTICATED', async () => {
    const anonymous = api.browser();
    expect((await anonymous.graphql('{ me { id } }')).data).toEqual({ me: null });
    for (const op of OPERATIONS) {
      const { errors } = await anonymous.graphql(op.query, op.variables?.('anonymous', 'nobody') ?? {});
      expect(errors?.[0]?.extensions?.code, op.name).toBe('UNAUTHENTICATED');
    }
  });

  it('R-PRIVACY-MASK the admin list carries masked contacts only; revealing one is audited with its reason', async () => {
    const admin = browsers.admin;
    const list = await admin.graphql<{ accounts: { rows: { id: string; phone: string | null }[] } }>('{ accounts(page: { page: 1, pageSize: 100 }) { rows { id phone } } }');
    const applicantRow = list.data!.accounts.rows.find((r) => r.id === browsers.applicant.accountId);
    expect(applicantRow?.phone).toBe('138****0001');
    expect(JSON.stringify(list.data)).not.toContain('13800000001');

    const revealed = await admin.graphql<{ revealAccountContact: { phone: string } }>(
      'mutation ($id: ID!) { revealAccountContact(accountId: $id, reason: "通知面试安排") { phone } }',
      { id: browsers.applicant.accountId },
    );
    expect(revealed.data?.revealAccountContact.phone).toBe('13800000001');
    const views = await browsers.applicant.graphql<{ myRecordViews: { action: string; reason: string; viewerRole: string }[] }>(
      '{ myRecordViews { action reason viewerRole } }',
    );
    expect(views.data?.myRecordViews).toContainEqual({ action: 'account.reveal_contact', reason: '通知面试安排', viewerRole: 'admin' });
  });

  it('issue 11: the office reads the outbox with codes masked; the administrator reads the code', async () => {
    await api.browser().graphql('mutation { register(input: { contact: "13700000321", password: "a passphrase of mine", displayName: "邓同学", privacyNoticeVersion: "2026-1" }) { sentTo } }');
    const bodyAs = async (browser: typeof browsers.admin) =>
      (await browser.graphql<{ outbox: { rows: { body: string }[] } }>('{ outbox(recipient: "13700000321") { rows { body } } }')).data!.outbox.rows[0]!.body;
    expect(await bodyAs(browsers.office_staff)).toMatch(/验证码 \*{6}，/);
    expect(await bodyAs(browsers.admin)).toMatch(/验证码 \d{6}，/);
  });

  it('issue 23: outbox recipients are masked, found by the whole number only, and each read shows in the holder’s record views', async () => {
    const read = async (recipient: string) =>
      (await browsers.office_staff.graphql<{ outbox: { total: number; rows: { recipient: string }[] } }>('query ($r: String) { outbox(recipient: $r) { total rows { recipient } } }', { r: recipient })).data!.outbox;
    expect(await read('137 0000 0321')).toMatchObject({ total: 1, rows: [{ recipient: '137****0321' }] });
    expect((await read('0000321')).total).toBe(0);
    expect((await read('1370000')).total).toBe(0);
    await api.browser().graphql('mutation { register(input: { contact: "13800000001", password: "a passphrase of mine", displayName: "张同学", privacyNoticeVersion: "2026-1" }) { sentTo } }');
    expect((await read('13800000001')).rows[0]!.recipient).toBe('138****0001');
    const views = await browsers.applicant.graphql<{ myRecordViews: { action: string; viewerRole: string }[] }>('{ myRecordViews { action viewerRole } }');
    expect(views.data?.myRecordViews).toContainEqual({ action: 'outbox.list', viewerRole: 'office_staff' });
  });

  it('issue 22: the admin finds an account by its whole phone or e-mail (through the hash), not by a part of it', async () => {
    const search = async (text: string) =>
      (await browsers.admin.graphql<{ accounts: { rows: { id: string }[] } }>('query ($search: String) { accounts(filter: { search: $search }) { rows { id } } }', { search: text })).data!.accounts.rows.map((r) => r.id);
    expect(await search('138 0000 0001')).toEqual([browsers.applicant.accountId]);
    expect(await search('OFFICE@yingcai.test')).toEqual([browsers.office_staff.accountId]);
    expect(await search('0000001')).toEqual([]);
    expect(await search('office@')).toEqual([]);
  });
});
