import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

/**
 * First-load JavaScript of a page as a phone loads it: every script Chromium fetches until the
 * network is idle (entry, preloads and the lazy chunks of the landing route), gzipped here.
 */
export async function firstLoadJsKiB(url: string): Promise<number | string> {
  let browser;
  try {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  } catch {
    return 'needs /usr/bin/chromium';
  }
  const page = await browser.newPage();
  const scripts: Promise<number>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.body().then((body) => gzipSync(body).length));
  });
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  const bytes = (await Promise.all(scripts)).reduce((sum, n) => sum + n, 0);
  await browser.close();
  return response?.ok() ? bytes / 1024 : `page answered ${response?.status()}`;
}
