import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api.js';

describe('GET /healthz', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('answers 200 while the database answers, with a request id', async () => {
    const response = await fetch(`${api.url}/healthz`, { headers: { 'x-request-id': 'probe-1' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
    expect(response.headers.get('x-request-id')).toBe('probe-1');
  });

  it('answers 503 once the database is gone', async () => {
    await api.orm.close(true);
    const response = await fetch(`${api.url}/healthz`);
    expect(response.status).toBe(503);
    await response.text();
    await api.orm.connect();
  });
});
