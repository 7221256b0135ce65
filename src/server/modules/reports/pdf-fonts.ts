import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface FontFaces {
  regular: string;
  bold: string;
}

export interface PdfFonts {
  latin: FontFaces;
  arabic: FontFaces;
}

/**
 * The report fonts ship as npm packages, so a report never depends on what the host has installed.
 * Noto Sans covers Latin with its extensions (French, Spanish, Portuguese and names from anywhere
 * in Europe or Viet Nam). For Arabic the report uses this build of Noto Naskh Arabic because each
 * of its letters is one glyph: the Google Fonts builds of Noto Sans Arabic draw dots as separate
 * marks on shared letter bodies, and a PDF made with them reads back (copy, search, screen
 * readers) with the wrong letters.
 */
const FONT_PACKAGES = {
  latin: { from: '@embedpdf/fonts-latin', regular: 'NotoSans-Regular.ttf', bold: 'NotoSans-Bold.ttf' },
  arabic: {
    from: '@embedpdf/fonts-arabic',
    regular: 'NotoNaskhArabic-Regular.ttf',
    bold: 'NotoNaskhArabic-Bold.ttf',
  },
} as const;

type Script = keyof typeof FONT_PACKAGES;
type Weight = keyof FontFaces;

const packageRequire = createRequire(import.meta.url);

/**
 * Where a font file is inside its package. The packages export only a list of their files, not
 * the files' paths; the files sit in `fonts/` beside the `dist/` folder their entry point is in.
 * Throws when the package or the file is not installed.
 */
export function locateFontFile(packageName: string, file: string): string {
  const path = join(dirname(packageRequire.resolve(packageName)), '..', 'fonts', file);
  if (!existsSync(path)) throw new Error(`Report font ${file} is missing from ${packageName}: run npm ci`);
  return path;
}

function fontPath(script: Script, weight: Weight): string {
  const source = FONT_PACKAGES[script];
  return locateFontFile(source.from, source[weight]);
}

/** Found when the module loads, so a broken install stops the server at start-up. */
export const REPORT_FONT_FILES: Record<Script, Record<Weight, string>> = {
  latin: { regular: fontPath('latin', 'regular'), bold: fontPath('latin', 'bold') },
  arabic: { regular: fontPath('arabic', 'regular'), bold: fontPath('arabic', 'bold') },
};

const fontBytes = new Map<string, Buffer>();

/** The font file's bytes, read once per process. */
function readFont(path: string): Buffer {
  let bytes = fontBytes.get(path);
  if (!bytes) {
    bytes = readFileSync(path);
    fontBytes.set(path, bytes);
  }
  return bytes;
}

interface FontRegistry {
  registerFont(name: string, source: Buffer): unknown;
}

/** Registers the Latin and Arabic fonts with the document, under the names `PdfFonts` gives. */
export function registerReportFonts(doc: FontRegistry): PdfFonts {
  const fonts: PdfFonts = {
    latin: { regular: 'latin', bold: 'latin-bold' },
    arabic: { regular: 'arabic', bold: 'arabic-bold' },
  };
  for (const script of ['latin', 'arabic'] as const) {
    for (const weight of ['regular', 'bold'] as const) {
      doc.registerFont(fonts[script][weight], readFont(REPORT_FONT_FILES[script][weight]));
    }
  }
  return fonts;
}
