import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_FRAMEWORKS } from '../../../core/frameworks/index.ts';
import { hasArabic } from './bidi.ts';
import { REPORT_LANGUAGES, reportLabels } from './labels.ts';
import { locateFontFile, REPORT_FONT_FILES, registerReportFonts } from './pdf-fonts.ts';

function openFont(path: string): fontkit.Font {
  const font = fontkit.openSync(path);
  if (!('hasGlyphForCodePoint' in font)) throw new Error(`${path} is a font collection`);
  return font;
}

const fonts = {
  latin: [openFont(REPORT_FONT_FILES.latin.regular), openFont(REPORT_FONT_FILES.latin.bold)],
  arabic: [openFont(REPORT_FONT_FILES.arabic.regular), openFont(REPORT_FONT_FILES.arabic.bold)],
};

/** Every string in a value, label functions called with sample numbers. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [String(value(12, 34))];
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/** Steering marks are dropped before drawing (see bidi.ts), so no font needs them. */
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

/** Characters the font a report would pick for them cannot draw, as "char (font)". */
function undrawable(texts: readonly string[]): string[] {
  const missing = new Set<string>();
  for (const text of texts) {
    const rightToLeft = hasArabic(text);
    for (const char of text) {
      if (INVISIBLE.test(char)) continue;
      const script = hasArabic(char) || (rightToLeft && char === ' ') ? 'arabic' : 'latin';
      const codePoint = char.codePointAt(0) ?? 0;
      if (!fonts[script].every((font) => font.hasGlyphForCodePoint(codePoint))) {
        missing.add(`${char} U+${codePoint.toString(16).toUpperCase()} (${script})`);
      }
    }
  }
  return [...missing];
}

describe('report fonts', () => {
  it('come from the npm packages, not from the system', () => {
    for (const path of stringsIn(REPORT_FONT_FILES)) {
      expect(path).toContain('node_modules');
      expect(path).not.toMatch(/^\/usr\/share\/fonts/);
    }
    expect(fonts.latin[0].familyName).toBe('Noto Sans');
    expect(fonts.arabic[0].familyName).toBe('Noto Naskh Arabic');
  });

  it('are a packaging error when missing, not a silent fallback', () => {
    expect(() => locateFontFile('@embedpdf/fonts-arabic', 'NotoSansArabic-Regular.ttf')).toThrow(
      'Report font NotoSansArabic-Regular.ttf is missing from @embedpdf/fonts-arabic',
    );
    expect(() => locateFontFile('@embedpdf/fonts-hebrew', 'NotoSansHebrew-Regular.ttf')).toThrow(
      /Cannot find module '@embedpdf\/fonts-hebrew'/,
    );
  });

  it('draw every letter of French, Spanish and Portuguese, and of Latin names from further afield', () => {
    const accents = 'àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆáíóúñÑ¿¡ãõÃÕºª';
    const extended = 'ŁłŞşĞğİıĐđČčŘřŽžŠšŐőẠạỆệ';
    const punctuation = '«»‹›“”‘’—–…·•€%+−×';
    expect(undrawable([accents, extended, punctuation])).toEqual([]);
  });

  it('draw every character of the report labels and of the built-in frameworks, in every language', () => {
    expect(undrawable(stringsIn(REPORT_LANGUAGES.map(reportLabels)))).toEqual([]);
    expect(undrawable(stringsIn(BUILT_IN_FRAMEWORKS))).toEqual([]);
    expect(undrawable(['صفحة ٣ من ١٢، «تقييم» ؟ ؛ ـ'])).toEqual([]);
  });

  it('register the four faces under the names the text writer asks for', () => {
    const registered: string[] = [];
    const faces = registerReportFonts({
      registerFont: (name: string, source: Buffer) => {
        expect(source.length).toBeGreaterThan(50_000);
        registered.push(name);
      },
    });
    expect(registered.sort()).toEqual(stringsIn(faces).sort());
    expect(registered).toHaveLength(4);
  });
});
