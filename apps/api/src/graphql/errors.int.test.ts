import { afterEach, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api.js';

describe('GraphQL errors', () => {
  let api: TestApi | undefined;
  afterEach(async () => {
    await api?.close();
    api = undefined;
  });

  it('a syntax error is HTTP 400 with the parser message', async () => {
    api = await startTestApi();
    const response = await api.graphql('{ cycle(year: 2026 { year } }');
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toMatch(/Syntax Error/);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a validation error is HTTP 400 naming the unknown field', async () => {
    api = await startTestApi();
    const response = await api.graphql('{ cycle(year: 2026) { colour } }');
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toContain('colour');
  });

  it('in production no stack trace leaves the server and internal failures are masked', async () => {
    api = await startTestApi({ nodeEnv: 'production' });
    const invalid = await api.graphql('{ cycle(year: "x") { year } }');
    expect(invalid.status).toBe(400);
    expect(invalid.errors?.[0]?.extensions?.stacktrace).toBeUndefined();

    await api.orm.close(true);
    const failed = await api.graphql('{ cycle(year: 2026) { year } }');
    await api.orm.connect();
    expect(failed.errors?.[0]).toEqual({ message: 'Internal error', path: ['cycle'], extensions: { code: 'INTERNAL' } });
    expect(JSON.stringify(failed)).not.toMatch(/at .*\.(js|ts):\d+/);
  });

  it('introspection is off in production and on in development', async () => {
    api = await startTestApi({ nodeEnv: 'production' });
    const production = await api.graphql('{ __schema { queryType { name } } }');
    expect(production.errors?.[0]?.message).toMatch(/introspection/i);
    await api.close();
    api = await startTestApi();
    const development = await api.graphql<{ __schema: { queryType: { name: string } } }>('{ __schema { queryType { name } } }');
    expect(development.data?.__schema.queryType.name).toBe('Query');
  });
});
