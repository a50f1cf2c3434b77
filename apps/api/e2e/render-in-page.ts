import type { Page } from 'playwright-core';
import type * as PdfJs from 'pdfjs-dist';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';

export interface GlyphCell {
  /** Pixels darker than mid-grey in the cell of one character. */
  dark: number;
  /** The cell as a 1-bit bitmap, row by row, to compare characters' shapes. */
  bits: string;
}

export interface RenderedText {
  /** Share of the page's pixels that are not near-white. */
  inkedShare: number;
  /** The font pdf.js drew the text with, as the PDF names it, and whether its file is embedded. */
  font: { name: string; missingFile: boolean };
  /** One cell per character of the text, cut from the rendered page. */
  cells: GlyphCell[];
  /** page 1 as a PNG data URL, to look at when a check fails. */
  png: string;
}

/**
 * Renders page 1 of /{name}.pdf with pdf.js in the page (system fonts off: only what the PDF
 * embeds may draw), finds `text` in the text layer and cuts its characters out of the canvas.
 */
export async function renderAndFind(page: Page, name: string, text: string): Promise<RenderedText> {
  await page.waitForFunction(() => 'pdfjsLib' in window);
  return page.evaluate(async ({ name, text }) => {
    const pdfjs = (window as unknown as { pdfjsLib: typeof PdfJs }).pdfjsLib;
    const pdf = await pdfjs.getDocument({ url: `/${name}.pdf`, useSystemFonts: false, disableFontFace: false }).promise;
    const pdfPage = await pdf.getPage(1);
    const viewport = pdfPage.getViewport({ scale: 2 });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(viewport.width);
    canvas.height = Math.ceil(viewport.height);
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    await pdfPage.render({ canvas, canvasContext: context, viewport }).promise;

    const content = await pdfPage.getTextContent();
    const item = content.items.find((candidate): candidate is TextItem => 'str' in candidate && candidate.str === text);
    if (!item) throw new Error(`"${text}" is not an item of the text layer`);
    const fontObject = pdfPage.commonObjs.get(item.fontName);
    const [x, y] = [item.transform[4], item.transform[5]];
    const [left, top, right, bottom] = viewport.convertToViewportRectangle([x, y + item.height, x + item.width, y - item.height * 0.2]);
    const box = { x: Math.round(Math.min(left, right)), y: Math.round(Math.min(top, bottom)), w: Math.round(Math.abs(right - left)), h: Math.round(Math.abs(bottom - top)) };

    const isDark = (data: Uint8ClampedArray, i: number) => data[i + 3]! > 0 && (data[i]! + data[i + 1]! + data[i + 2]!) / 3 < 128;
    const cellWidth = box.w / [...text].length;
    const cells = [...text].map((_, index) => {
      const cell = context.getImageData(Math.round(box.x + index * cellWidth), box.y, Math.floor(cellWidth), box.h).data;
      let dark = 0;
      let bits = '';
      for (let i = 0; i < cell.length; i += 4) {
        const on = isDark(cell, i);
        dark += on ? 1 : 0;
        bits += on ? '1' : '0';
      }
      return { dark, bits };
    });
    const all = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let inked = 0;
    for (let i = 0; i < all.length; i += 4) if (all[i + 3]! > 0 && (all[i]! + all[i + 1]! + all[i + 2]!) / 3 < 230) inked++;
    const png = canvas.toDataURL('image/png');
    await pdf.destroy();
    return { inkedShare: inked / (all.length / 4), font: { name: String(fontObject.name), missingFile: Boolean(fontObject.missingFile) }, cells, png };
  }, { name, text });
}
