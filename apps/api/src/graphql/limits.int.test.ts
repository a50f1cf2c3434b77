import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInEveryRole } from '../../test/fixtures/accounts.js';
import { startTestApi, type TestApi } from '../../test/test-api.js';
import { createArmor } from './armor.js';

describe('limits against abuse', () => {
  let api: TestApi;
  let admin: Awaited<ReturnType<typeof signInEveryRole>>['admin'];
  beforeAll(async () => {
    api = await startTestApi({ nodeEnv: 'production' });
    ({ admin } = await signInEveryRole(api));
  });
  afterAll(() => api.close());

  // Bodies are read to the end, so no connection stays busy when the server closes.
  const post = async (body: string, headers: Record<string, string>) => {
    const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers, body });
    return { status: response.status, headers: response.headers, text: await response.text() };
  };

  it('a query deeper than 6 or costlier than 5000 is refused (armor, checked against a schema deep enough)', () => {
    const { validationRules } = createArmor(true);
    const schema = buildSchema('type Node { child: Node name: String } type Query { node: Node }');
    const depth = (n: number) => `{ node ${'{ child '.repeat(n - 2)}{ name }${' }'.repeat(n - 2)} }`;
    expect(validate(schema, parse(depth(6)), validationRules)).toEqual([]);
    expect(validate(schema, parse(depth(7)), validationRules)[0]?.message).toMatch(/depth/i);
    const wide = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: node { ${'child { child { child { name } } } '.repeat(20)} }`).join(' ')} }`;
    expect(validate(schema, parse(wide), validationRules).map((e) => e.message).join()).toMatch(/cost/i);
  });

  it('fragments count by the fields they nest, not as levels: depth 6 through fragment spreads passes, 7 does not', () => {
    const { validationRules } = createArmor(true);
    const schema = buildSchema('type Node { child: Node name: String } type Query { node: Node }');
    const spread = (fields: string) => `{ node { ...A } } fragment A on Node { child { ...B } } fragment B on Node { ${fields} }`;
    expect(validate(schema, parse(spread('child { child { child { name } } }')), validationRules)).toEqual([]);
    expect(validate(schema, parse(spread('child { child { child { child { name } } } }')), validationRules)[0]?.message).toMatch(/depth/i);
  });

  it('every document the public site and the console send passes the limits', () => {
    const schemaPackage = fileURLToPath(new URL('../../../../packages/schema/', import.meta.url));
    const schema = buildSchema(readFileSync(join(schemaPackage, 'schema.graphql'), 'utf8'));
    const { validationRules } = createArmor(true);
    for (const client of ['web', 'admin']) {
      const folder = join(schemaPackage, 'documents', client);
      const documents = readdirSync(folder).filter((file) => file.endsWith('.graphql')).map((file) => readFileSync(join(folder, file), 'utf8'));
      expect(validate(schema, parse(documents.join('\n')), validationRules).map((e) => e.message)).toEqual([]);
    }
  });

  it('an alias flood is refused', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `c${i}: cycles { year }`).join(' ');
    const { status, errors } = await api.graphql(`{ ${aliases} }`);
    expect(status).toBe(400);
    expect(errors?.[0]?.message).toMatch(/alias/i);
  });

  it('a document of more than 1000 tokens is refused as a bad request', async () => {
    const fields = Array.from({ length: 1200 }, () => 'year').join(' ');
    const { status, errors } = await api.graphql(`{ cycles { ${fields} } }`);
    expect(status).toBe(400);
    expect(errors?.[0]?.message).toMatch(/token/i);
  });

  it('a list page of more than 100 rows is refused', async () => {
    const { errors } = await admin.graphql('{ accounts(page: { page: 1, pageSize: 101 }) { total } }');
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('CSRF: a text/plain POST without a preflight header is refused; batching is off', async () => {
    const plain = await post(JSON.stringify({ query: '{ cycles { year } }' }), { 'content-type': 'text/plain' });
    expect(plain.status).toBe(400);
    expect(plain.text).not.toContain('"year"');
    const batch = await post(JSON.stringify([{ query: '{ cycles { year } }' }, { query: '{ cycles { year } }' }]), { 'content-type': 'application/json' });
    expect(batch.status).toBe(400);
  });

  it('a JSON body over 100 kB is refused', async () => {
    const big = await post(JSON.stringify({ query: '{ cycles { year } }', variables: { pad: 'x'.repeat(110_000) } }), { 'content-type': 'application/json' });
    expect(big.status).toBe(413);
  });

  it('every answer carries security headers with a content security policy', async () => {
    const response = await fetch(`${api.url}/healthz`);
    await response.text();
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toContain('max-age=31536000');
  });

  it('in production the session cookie is __Host- prefixed, Secure, httpOnly and SameSite=Lax', async () => {
    const response = await post(
      JSON.stringify({ query: 'mutation { login(input: { login: "admin@yingcai.test", password: "yingcai-demo-2026" }) { id } }' }),
      { 'content-type': 'application/json' },
    );
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^__Host-yingcai_session=[\w-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/SameSite=Lax/);
  });
});
