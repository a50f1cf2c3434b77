import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/test-api.js';

const REGISTER = /* GraphQL */ `mutation ($contact: String!) {
  register(input: { contact: $contact, password: "a burst of pupils", displayName: "李同学", privacyNoticeVersion: "2026-1" }) { sentTo } }`;

/** One request from its own client address (through the trusted proxy), given up on after 10 s. */
async function registerFrom(api: TestApi, i: number): Promise<string> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', 'x-forwarded-for': `198.51.100.${i % 250}` },
    body: JSON.stringify({ query: REGISTER, variables: { contact: `1350000${String(i).padStart(4, '0')}` } }),
    signal: AbortSignal.timeout(10_000),
  });
  const answer = (await response.json()) as { data?: unknown; errors?: { extensions?: { reason?: string; code?: string } }[] };
  return answer.errors ? (answer.errors[0]?.extensions?.reason ?? answer.errors[0]?.extensions?.code ?? 'UNKNOWN') : 'CREATED';
}

describe('issue 10: a burst of registrations', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ env: { TRUSTED_PROXIES: '127.0.0.1', DATABASE_POOL_MAX: '5' } });
  });
  afterAll(() => api.close());

  it('100 at once from 100 addresses are each answered, created or rate-limited, none INTERNAL, with a pool of 5', async () => {
    const answers = await Promise.all(Array.from({ length: 100 }, (_, i) => registerFrom(api, i)));
    expect(answers.filter((answer) => answer !== 'CREATED' && answer !== 'RATE_LIMITED')).toEqual([]);
    expect(answers.filter((answer) => answer === 'CREATED').length).toBeGreaterThan(0);
    const health = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' }, body: '{"query":"{ __typename }"}' });
    expect(health.status).toBe(200);
  }, 60_000);
});
