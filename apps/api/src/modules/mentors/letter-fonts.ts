import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const LETTER_FONT = 'NotoSansSC';

const FILES = {
  normal: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;

export interface PdfmakeVirtualFs {
  writeFileSync(name: string, content: Buffer): void;
}

let loaded = false;

/**
 * Reads Noto Sans SC (about 10 MB a weight) from its npm package once per process into
 * pdfmake's in-memory file system; documents then name the fonts without touching the disk.
 */
export function loadLetterFonts(virtualFs: PdfmakeVirtualFs): Record<string, { normal: string; bold: string }> {
  const names = { normal: `${LETTER_FONT}-Regular.ttf`, bold: `${LETTER_FONT}-Bold.ttf` };
  if (!loaded) {
    const require = createRequire(import.meta.url);
    virtualFs.writeFileSync(names.normal, readFileSync(require.resolve(FILES.normal)));
    virtualFs.writeFileSync(names.bold, readFileSync(require.resolve(FILES.bold)));
    loaded = true;
  }
  return { [LETTER_FONT]: names };
}
