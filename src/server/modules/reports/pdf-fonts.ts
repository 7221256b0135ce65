import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Debian's fonts-noto-core puts its fonts here (the CI machine installs it too). */
export const NOTO_FONT_DIR = '/usr/share/fonts/truetype/noto';

export interface FontFaces {
  regular: string;
  bold: string;
}

export interface PdfFonts {
  latin: FontFaces;
  /** Null when no Arabic font is installed: Arabic text cannot be drawn then. */
  arabic: FontFaces | null;
  /** False when falling back to PDF's built-in Helvetica, which only covers Western European text. */
  embedded: boolean;
}

const LATIN_FILES = ['NotoSans-Regular.ttf', 'NotoSans-Bold.ttf'] as const;
/** Noto Sans Arabic sits best next to Noto Sans; Noto Naskh Arabic is the second choice. */
const ARABIC_FILES = [
  ['NotoSansArabic-Regular.ttf', 'NotoSansArabic-Bold.ttf'],
  ['NotoNaskhArabic-Regular.ttf', 'NotoNaskhArabic-Bold.ttf'],
] as const;

const fontBytes = new Map<string, Buffer>();

/** The font file's bytes, read once per process; null when the file is not there. */
function readFont(path: string): Buffer | null {
  const cached = fontBytes.get(path);
  if (cached) return cached;
  if (!existsSync(path)) return null;
  const bytes = readFileSync(path);
  fontBytes.set(path, bytes);
  return bytes;
}

function readPair(fontDir: string, files: readonly [string, string]) {
  const [regular, bold] = files.map((file) => readFont(join(fontDir, file)));
  return regular && bold ? { regular, bold } : null;
}

interface FontRegistry {
  registerFont(name: string, source: Buffer): unknown;
}

/**
 * Registers the Noto fonts with the document. Without them the report falls back to Helvetica,
 * which PDF viewers always have but which draws neither Arabic nor much beyond Western European
 * letters; the report is then written in English (see `printableLanguage`).
 */
export function registerReportFonts(doc: FontRegistry, fontDir = NOTO_FONT_DIR): PdfFonts {
  const latin = readPair(fontDir, LATIN_FILES);
  if (!latin)
    return { latin: { regular: 'Helvetica', bold: 'Helvetica-Bold' }, arabic: null, embedded: false };
  doc.registerFont('latin', latin.regular);
  doc.registerFont('latin-bold', latin.bold);
  const faces = { latin: { regular: 'latin', bold: 'latin-bold' }, arabic: null, embedded: true };
  for (const files of ARABIC_FILES) {
    const arabic = readPair(fontDir, files);
    if (!arabic) continue;
    doc.registerFont('arabic', arabic.regular);
    doc.registerFont('arabic-bold', arabic.bold);
    return { ...faces, arabic: { regular: 'arabic', bold: 'arabic-bold' } };
  }
  return faces;
}

/** The language the installed fonts can print: English when the Noto fonts are missing. */
export function printableLanguage<L extends string>(language: L, fonts: PdfFonts): L | 'en' {
  if (!fonts.embedded) return 'en';
  if (language === 'ar' && !fonts.arabic) return 'en';
  return language;
}
