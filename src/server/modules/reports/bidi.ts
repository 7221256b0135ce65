/**
 * Just enough of the Unicode bidirectional algorithm to print one line of right-to-left text:
 * Arabic with numbers, Latin words and brackets mixed in. PDFKit (through fontkit) shapes Arabic
 * and reverses a whole run it is given, but it neither reorders mixed text nor falls back to
 * another font, and the Arabic fonts have no Latin letters or brackets. So a line is cut here into
 * runs in visual order (left to right), each tagged with the font that can draw it.
 */

export interface VisualRun {
  text: string;
  font: 'arabic' | 'latin';
  /** Arabic in logical order: the font engine shapes it and lays it out right to left. */
  rightToLeft: boolean;
}

type BidiClass = 'R' | 'L' | 'EN' | 'N';

const ARABIC_BLOCKS = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC]/;
const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/;
/** Direction marks and other invisible controls: they steer the order and are then dropped. */
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;
/** Separators that join the two numbers around them ("2.5", "1.0.0", "23/11"). */
const NUMBER_SEPARATORS = new Set(['.', ',', ':', '/', '\u060C']);
const MIRRORED: Record<string, string> = {
  '(': ')',
  ')': '(',
  '[': ']',
  ']': '[',
  '{': '}',
  '}': '{',
  '<': '>',
  '>': '<',
  '«': '»',
  '»': '«',
};

export function hasArabic(text: string): boolean {
  return ARABIC_BLOCKS.test(text);
}

function classify(char: string): BidiClass {
  if (char === '\u200F' || char === '\u061C') return 'R';
  if (char === '\u200E') return 'L';
  if (ARABIC_DIGITS.test(char)) return 'EN';
  if (char === '\u060C') return 'N';
  if (ARABIC_BLOCKS.test(char)) return 'R';
  if (/\p{N}/u.test(char)) return 'EN';
  if (/[\p{L}\p{M}]/u.test(char)) return 'L';
  return 'N';
}

/** Resolved embedding levels of a line in a right-to-left paragraph: 1 right to left, 2 left to right. */
export function resolveLevels(chars: readonly string[]): number[] {
  const classes = chars.map(classify);
  // Numbers after Latin text belong to it (UBA rule W7).
  let lastStrong: BidiClass = 'R';
  for (let i = 0; i < classes.length; i++) {
    if (classes[i] === 'R' || classes[i] === 'L') lastStrong = classes[i];
    else if (classes[i] === 'EN' && lastStrong === 'L') classes[i] = 'L';
  }
  // A separator between two numbers, and "%" or "+" touching one, is part of the number (W4, W5).
  for (let i = 1; i < classes.length - 1; i++) {
    if (classes[i] === 'N' && NUMBER_SEPARATORS.has(chars[i]) && classes[i - 1] === classes[i + 1]) {
      if (classes[i - 1] === 'EN' || classes[i - 1] === 'L') classes[i] = classes[i - 1];
    }
  }
  for (let i = 0; i < classes.length; i++) {
    if (chars[i] !== '%' || classes[i] !== 'N') continue;
    const next = classes[i + 1];
    const previous = classes[i - 1];
    if (previous === 'EN' || previous === 'L') classes[i] = previous;
    else if (next === 'EN' || next === 'L') classes[i] = next;
  }
  // Neutrals between two left-to-right stretches go with them; any other neutral is right to left (N1, N2).
  const levels = classes.map((kind) => (kind === 'R' ? 1 : kind === 'N' ? 0 : 2));
  for (let start = 0; start < levels.length; start++) {
    if (levels[start] !== 0) continue;
    let end = start;
    while (end < levels.length && levels[end] === 0) end++;
    const before = start > 0 ? classes[start - 1] : 'R';
    const after = end < classes.length ? classes[end] : 'R';
    const level = before === 'L' && after === 'L' ? 2 : 1;
    for (let i = start; i < end; i++) levels[i] = level;
    start = end - 1;
  }
  return levels;
}

/** Splits logical-order text into pieces drawn with one font each. */
function byFont(chars: readonly string[], rightToLeft: boolean): VisualRun[] {
  const runs: VisualRun[] = [];
  for (const char of chars) {
    if (INVISIBLE.test(char)) continue;
    const arabicFont = ARABIC_BLOCKS.test(char) || (rightToLeft && char === ' ');
    const font = arabicFont ? 'arabic' : 'latin';
    const last = runs[runs.length - 1];
    if (last && last.font === font) last.text += char;
    else runs.push({ text: char, font, rightToLeft: false });
  }
  return runs;
}

/** One line of a right-to-left paragraph as runs to draw from left to right. */
export function visualRuns(line: string): VisualRun[] {
  const chars = Array.from(line);
  const levels = resolveLevels(chars);
  const stretches: Array<{ level: number; chars: string[] }> = [];
  chars.forEach((char, index) => {
    const last = stretches[stretches.length - 1];
    if (last && last.level === levels[index]) last.chars.push(char);
    else stretches.push({ level: levels[index], chars: [char] });
  });
  return stretches.reverse().flatMap(({ level, chars: stretch }) => {
    if (level === 2) return byFont(stretch, false);
    // Right to left: the pieces go in reverse order; Arabic stays logical for the font engine to
    // reverse and shape, anything else is reversed here, brackets mirrored.
    return byFont(stretch, true)
      .reverse()
      .map((run) =>
        run.font === 'arabic'
          ? { ...run, rightToLeft: true }
          : {
              ...run,
              text: Array.from(run.text, (char) => MIRRORED[char] ?? char)
                .reverse()
                .join(''),
            },
      );
  });
}
