import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderAppointmentLetter, type AppointmentLetter } from './appointment-letter.js';

const LETTER: AppointmentLetter = {
  letterNumber: 'SX-2026-0007',
  mentorName: '陈晓明',
  universityName: '山西大学',
  disciplineName: '物理学',
  cycleYear: 2026,
  issuedOn: '2026-11-25',
  issuer: '山西省英才计划工作办公室',
};

async function textOf(pdf: Buffer): Promise<{ text: string; pages: number }> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const page = await document.getPage(1);
  const content = await page.getTextContent();
  const text = content.items.map((item) => ('str' in item ? item.str : '')).join('');
  const pages = document.numPages;
  await document.destroy();
  return { text, pages };
}

describe('renderAppointmentLetter', () => {
  let pdf: Buffer;
  beforeAll(async () => {
    pdf = await renderAppointmentLetter(LETTER);
  });

  it('R-MENTOR-2: the text layer holds the mentor’s Chinese name, the letter number and the cycle on one page', async () => {
    const { text, pages } = await textOf(pdf);
    expect(pages).toBe(1);
    const compact = text.replace(/\s+/g, '');
    expect(compact).toContain('陈晓明');
    expect(compact).toContain('编号：SX-2026-0007');
    expect(compact).toContain('2026年度中学生英才计划导师');
    expect(compact).toContain('聘书');
    expect(compact).toContain('山西大学物理学');
    expect(compact).toContain('山西省英才计划工作办公室');
    expect(compact).toContain('二〇二六年十一月二十五日');
  });

  it('embeds Noto Sans SC as subsets (regular and bold), so readers without a CJK font show the same glyphs', () => {
    const raw = pdf.toString('latin1');
    const fonts = [...raw.matchAll(/\/BaseFont \/([A-Z]{6})\+([\w-]+)/g)].map((match) => match[2]);
    expect(new Set(fonts)).toEqual(new Set(['NotoSansSC-Regular', 'NotoSansSC-Bold']));
    expect(raw.match(/\/FontFile2 /g)?.length).toBe(2);
    // Subsets: a few KiB of glyphs, not the 10 MB fonts.
    expect(pdf.length).toBeLessThan(200 * 1024);
  });

  it('uses the programme name it is given', async () => {
    const { text } = await textOf(await renderAppointmentLetter({ ...LETTER, programmeName: '山西省中学生英才计划' }));
    expect(text.replace(/\s+/g, '')).toContain('2026年度山西省中学生英才计划导师');
  });
});
