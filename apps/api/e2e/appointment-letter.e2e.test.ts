import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from '../../../tooling/vitest/e2e/browser.js';
import { renderAppointmentLetter } from '../src/modules/mentors/appointment-letter.js';
import { startPdfServer, type PdfServer } from './pdf-server.js';
import { renderAndFind, type GlyphCell } from './render-in-page.js';

const NAME = '陈晓明';

/** Share of pixels two same-sized 1-bit cells disagree on. */
function difference(a: GlyphCell, b: GlyphCell): number {
  let differing = 0;
  for (let i = 0; i < a.bits.length; i++) if (a.bits[i] !== b.bits[i]) differing++;
  return differing / a.bits.length;
}

describe('the appointment letter rendered by pdf.js in Chromium', () => {
  let browser: Browser;
  let server: PdfServer;
  let page: Page;
  beforeAll(async () => {
    server = await startPdfServer();
    server.put('letter', await renderAppointmentLetter({
      letterNumber: 'SX-2026-0007', mentorName: NAME, universityName: '山西大学', disciplineName: '物理学',
      cycleYear: 2026, issuedOn: '2026-11-25', issuer: '山西省英才计划工作办公室',
    }));
    browser = await launchBrowser();
    page = (await openPage(browser, { viewport: { width: 800, height: 600 } })).page;
    await page.goto(`${server.url}/`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('R-MENTOR-2 draws the mentor’s name with the embedded font: ink in each character, and three different shapes, not tofu', async () => {
    const rendered = await renderAndFind(page, 'letter', NAME);
    if (process.env.LETTER_PNG) writeFileSync(process.env.LETTER_PNG, Buffer.from(rendered.png.split(',')[1]!, 'base64'));

    // Without system fonts, pdf.js can only draw what the PDF carries.
    expect(rendered.font.name).toMatch(/^[A-Z]{6}\+NotoSansSC-Bold$/);
    expect(rendered.font.missingFile).toBe(false);
    expect(rendered.inkedShare).toBeGreaterThan(0.02);

    const [chen, xiao, ming] = rendered.cells as [GlyphCell, GlyphCell, GlyphCell];
    for (const cell of rendered.cells) expect(cell.dark / cell.bits.length).toBeGreaterThan(0.05);
    // A missing glyph draws the same box (or nothing) for every character.
    for (const [a, b] of [[chen, xiao], [xiao, ming], [chen, ming]] as const) expect(difference(a, b)).toBeGreaterThan(0.1);
  });
});
