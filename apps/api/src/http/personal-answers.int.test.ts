import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestLinkToken, signInEveryRole } from '../../test/fixtures/accounts.js';
import { startTestApi, type TestApi } from '../../test/test-api.js';
import { recipientKey } from '../modules/notifications/outbox-message.entity.js';

const CYCLES = 'query { cycles { year } }';

describe('Issue 23: what caches, search engines and logs keep of answers about people', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('/graphql answers carry Cache-Control no-store, private and X-Robots-Tag noindex', async () => {
    const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: CYCLES }) });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store, private');
    expect(response.headers.get('x-robots-tag')).toBe('noindex');
    await response.text();
  });

  it('GraphQL over GET is not answered, so variables never travel in a URL', async () => {
    const url = `${api.url}/graphql?query=${encodeURIComponent(CYCLES)}`;
    const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('"cycles"');
  });

  it('the access log keeps a path without its query string', async () => {
    await (await fetch(`${api.url}/healthz?token=secret-token-in-query&phone=13912345678`)).text();
    const logged = api.logs().filter((line) => line.includes('/healthz'));
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.join('\n')).not.toContain('secret-token-in-query');
    expect(logged.some((line) => line.includes('"/healthz?…"'))).toBe(true);
  });

  it('an invitation link carries its token in the fragment, which browsers never send to the server', async () => {
    const { admin } = await signInEveryRole(api);
    await admin.graphql('mutation { inviteStaff(input: { email: "qian@yingcai.test", displayName: "钱老师", roles: [{ role: OFFICE_STAFF, scopeId: "山西省" }] }) { expiresAt } }');
    const rows = await api.orm.em.fork().getConnection().execute<{ body: string }[]>('select body from outbox_message where recipient_hash = ?', [recipientKey('qian@yingcai.test')]);
    // Issue 23: the outbox's readable body hides the token; the mail itself carries it.
    expect(rows[0]!.body).toContain('/admin/invitation#token=******');
    expect(rows[0]!.body).not.toContain('invitation?token=');
    expect(await latestLinkToken(api, 'qian@yingcai.test')).toMatch(/^[\w-]{20,}$/);
  });
});
