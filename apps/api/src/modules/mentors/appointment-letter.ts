import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { formatChineseDate } from './chinese-date.js';
import { LETTER_FONT, loadLetterFonts, type PdfmakeVirtualFs } from './letter-fonts.js';

export interface AppointmentLetter {
  letterNumber: string;
  mentorName: string;
  universityName: string;
  disciplineName: string;
  cycleYear: number;
  /** YYYY-MM-DD, Asia/Shanghai. */
  issuedOn: string;
  /** e.g. 山西省英才计划工作办公室 */
  issuer: string;
  programmeName?: string;
}

const RED = '#a31f1f';
const INK = '#1a1a1a';
// A4 landscape in points.
const PAGE = { width: 841.89, height: 595.28 };

let configured = false;

/** Fonts from memory; no document may read a local file or fetch a URL. */
function configurePdfmake(): void {
  if (configured) return;
  pdfmake.setFonts(loadLetterFonts((pdfmake as unknown as { virtualfs: PdfmakeVirtualFs }).virtualfs));
  pdfmake.setLocalAccessPolicy(() => false);
  pdfmake.setUrlAccessPolicy(() => false);
  configured = true;
}

/** Two red frames, the outer heavier, as printed certificates have. */
function frame(): Content {
  const rect = (inset: number, lineWidth: number) => ({
    type: 'rect' as const, x: inset, y: inset, w: PAGE.width - 2 * inset, h: PAGE.height - 2 * inset, lineWidth, lineColor: RED,
  });
  return { canvas: [rect(24, 3), rect(32, 0.8)] };
}

function body(letter: AppointmentLetter): Content[] {
  const programme = letter.programmeName ?? '中学生英才计划';
  return [
    { text: `编号：${letter.letterNumber}`, alignment: 'right', fontSize: 11, color: INK, margin: [0, 0, 0, 10] },
    { text: '聘  书', bold: true, fontSize: 48, color: RED, alignment: 'center', characterSpacing: 12, margin: [0, 10, 0, 36] },
    {
      text: [
        '兹聘请 ',
        { text: letter.mentorName, bold: true, fontSize: 22 },
        ` 同志（${letter.universityName} ${letter.disciplineName}）为${letter.cycleYear}年度${programme}导师，聘期一年。`,
      ],
      fontSize: 18, lineHeight: 1.6, leadingIndent: 36, color: INK,
    },
    { text: '特发此聘书。', fontSize: 18, leadingIndent: 36, color: INK, margin: [0, 8, 0, 60] },
    { text: letter.issuer, fontSize: 16, alignment: 'right', color: INK },
    { text: formatChineseDate(letter.issuedOn), fontSize: 16, alignment: 'right', color: INK, margin: [0, 6, 0, 0] },
  ];
}

function definition(letter: AppointmentLetter): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [90, 64, 90, 64],
    background: () => frame(),
    defaultStyle: { font: LETTER_FONT },
    info: { title: `导师聘书 ${letter.letterNumber}`, author: letter.issuer, subject: `${letter.cycleYear}年度导师聘书` },
    content: body(letter),
  };
}

/** The appointment letter (导师聘书) of a new mentor as a PDF, with the Chinese font subset-embedded. */
export async function renderAppointmentLetter(letter: AppointmentLetter): Promise<Buffer> {
  configurePdfmake();
  return pdfmake.createPdf(definition(letter)).getBuffer();
}
