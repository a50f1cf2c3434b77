import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api.js';

function builtSite(root: string, name: string): string {
  const dist = join(root, name);
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), `<!doctype html><title>${name}</title>`);
  writeFileSync(join(dist, 'assets', 'main-AbCd1234.js'), `console.log(${JSON.stringify(name.repeat(400))});`);
  return dist;
}

describe('the built sites on the API port', () => {
  let api: TestApi;
  let root: string;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'yingcai-sites-'));
    api = await startTestApi({ sites: { webDist: builtSite(root, 'web'), adminDist: builtSite(root, 'admin') } });
  });
  afterAll(async () => {
    await api.close();
    rmSync(root, { recursive: true, force: true });
  });

  // Each body is read to its end: an unread body keeps its connection busy, and closing the server waits for it.
  const page = async (path: string) => {
    const response = await fetch(`${api.url}${path}`, { headers: { accept: 'text/html' } });
    return { headers: response.headers, text: await response.text() };
  };

  it('serves the public site at / and the console at /admin/', async () => {
    expect((await page('/')).text).toContain('<title>web</title>');
    expect((await page('/admin/')).text).toContain('<title>admin</title>');
  });

  it('Issue 23: the public notice page tells search engines not to index it; other pages do not', async () => {
    const notice = await page('/admitted');
    expect(notice.text).toContain('<title>web</title>');
    expect(notice.headers.get('x-robots-tag')).toBe('noindex');
    expect((await page('/mentors')).headers.get('x-robots-tag')).toBeNull();
  });

  it('answers a reload of a client route with the right index.html', async () => {
    expect((await page('/apply/status')).text).toContain('<title>web</title>');
    expect((await page('/admin/cycle')).text).toContain('<title>admin</title>');
  });

  it('keeps hashed assets for a year, compressed; pages are revalidated', async () => {
    const asset = await fetch(`${api.url}/assets/main-AbCd1234.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    await asset.arrayBuffer();
    expect((await page('/')).headers.get('cache-control')).toBe('no-cache');
  });

  it('a missing file that is not a page is a plain 404', async () => {
    const response = await fetch(`${api.url}/assets/missing.js`);
    expect(response.status).toBe(404);
    await response.arrayBuffer();
  });
});
