import bidiFactory from 'bidi-js';

/**
 * Lines of right-to-left text for the PDF. PDFKit (through fontkit) shapes Arabic and reverses a
 * whole run it is given, but it neither reorders mixed text nor falls back to another font, and
 * the Arabic fonts have no Latin letters or brackets. So bidi-js (the Unicode bidirectional
 * algorithm) orders each line, which is then cut into runs in visual order (left to right), each
 * tagged with the font that can draw it.
 */

export interface VisualRun {
  text: string;
  font: 'arabic' | 'latin';
  /** Arabic in logical order: the font engine shapes it and lays it out right to left. */
  rightToLeft: boolean;
}

const bidi = bidiFactory();

const ARABIC_BLOCKS = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC]/;
/** Direction marks and other invisible controls: they steer the order and are then dropped. */
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

export function hasArabic(text: string): boolean {
  return ARABIC_BLOCKS.test(text);
}

/** Logical indices of a line (UTF-16 units) in visual order, left to right, in a right-to-left paragraph. */
function visualOrder(line: string, levels: ReturnType<typeof bidi.getEmbeddingLevels>): number[] {
  const order = Array.from({ length: line.length }, (_, index) => index);
  for (const [start, end] of bidi.getReorderSegments(line, levels)) {
    const flipped = order.slice(start, end + 1).reverse();
    order.splice(start, flipped.length, ...flipped);
  }
  return order;
}

/** One line of a right-to-left paragraph as runs to draw from left to right. */
export function visualRuns(line: string): VisualRun[] {
  const levels = bidi.getEmbeddingLevels(line, 'rtl');
  const mirrored = bidi.getMirroredCharactersMap(line, levels.levels);
  const runs: Array<VisualRun & { last: number }> = [];
  for (const index of visualOrder(line, levels)) {
    const char = line[index];
    if (INVISIBLE.test(char)) continue;
    const rightToLeft = (levels.levels[index] & 1) === 1;
    const font = ARABIC_BLOCKS.test(char) || (rightToLeft && char === ' ') ? 'arabic' : 'latin';
    // Arabic keeps its logical order for the font engine, so a run only grows one logical step back.
    const arabicRun = font === 'arabic' && rightToLeft;
    const run = runs[runs.length - 1];
    const continues =
      run && run.font === font && run.rightToLeft === arabicRun && (!arabicRun || run.last === index + 1);
    const shown = mirrored.get(index) ?? char;
    if (!continues) runs.push({ text: shown, font, rightToLeft: arabicRun, last: index });
    else {
      run.text = arabicRun ? shown + run.text : run.text + shown;
      run.last = index;
    }
  }
  return runs.map(({ last: _, ...run }) => run);
}
