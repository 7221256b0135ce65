import type PDFDocument from 'pdfkit';
import { hasArabic, type VisualRun, visualRuns } from './bidi.ts';
import type { PdfFonts } from './pdf-fonts.ts';

export interface TextStyle {
  size: number;
  bold?: boolean;
  color?: string;
  align?: 'left' | 'right' | 'center';
}

const LINE_GAP = 1;
/** Line pitch, in font sizes, of lines holding Arabic: the Arabic fonts' own metrics are far looser. */
const MIXED_LINE_HEIGHT = 1.6;

/** PDFKit's current font metrics (per 1000 units of the font size); not part of its typed API. */
const currentMetrics = (doc: PDFKit.PDFDocument) =>
  (doc as unknown as { _font: { ascender: number; descender: number } })._font;

/**
 * Writes text in boxes. Text without Arabic goes straight to PDFKit (which wraps and aligns it);
 * text with Arabic is wrapped here and drawn run by run, in visual order, each run in the font
 * that has its letters (see bidi.ts).
 */
export class PdfTextWriter {
  /**
   * In a right-to-left report every line gets the pitch of mixed lines, so Latin and Arabic cells
   * side by side share their baselines.
   */
  constructor(
    private readonly doc: typeof PDFDocument.prototype,
    private readonly fonts: PdfFonts,
    private readonly rightToLeft: boolean,
  ) {}

  private select(font: VisualRun['font'], style: TextStyle) {
    const faces = this.fonts[font];
    return this.doc.font(style.bold ? faces.bold : faces.regular).fontSize(style.size);
  }

  private runWidth(run: VisualRun, style: TextStyle): number {
    return this.select(run.font, style).widthOfString(
      run.text,
      run.rightToLeft ? { features: ['rtla'] } : {},
    );
  }

  private lineWidth(line: string, style: TextStyle): number {
    return visualRuns(line).reduce((sum, run) => sum + this.runWidth(run, style), 0);
  }

  /** Pitch and baseline of a mixed line; the baseline sits where PDFKit puts that of Latin text. */
  private bidiLineMetrics(style: TextStyle) {
    this.select('latin', style);
    return {
      baseline: (currentMetrics(this.doc).ascender / 1000) * style.size,
      height: MIXED_LINE_HEIGHT * style.size,
    };
  }

  /** Extra space PDFKit adds between Latin lines. */
  private latinLineGap(style: TextStyle): number {
    if (!this.rightToLeft) return LINE_GAP;
    const natural = this.select('latin', style).currentLineHeight();
    return Math.max(LINE_GAP, MIXED_LINE_HEIGHT * style.size - natural);
  }

  /** Greedy word wrap in logical order; a word longer than the line stands alone. */
  private wrap(text: string, width: number, style: TextStyle): string[] {
    const lines: string[] = [];
    for (const paragraph of text.split(/\r?\n/)) {
      let line = '';
      for (const word of paragraph.split(/ +/)) {
        const candidate = line ? `${line} ${word}` : word;
        if (line && this.lineWidth(candidate, style) > width) {
          lines.push(line);
          line = word;
        } else {
          line = candidate;
        }
      }
      lines.push(line);
    }
    return lines;
  }

  /** Width of the text on one line. */
  width(text: string, style: TextStyle): number {
    if (hasArabic(text)) return this.lineWidth(text, style);
    return this.select('latin', style).widthOfString(text);
  }

  /** Height the text needs in a box `width` wide. */
  height(text: string, width: number, style: TextStyle): number {
    if (!text) return 0;
    if (hasArabic(text)) return this.wrap(text, width, style).length * this.bidiLineMetrics(style).height;
    const lineGap = this.latinLineGap(style);
    return this.select('latin', style).heightOfString(text, { width, lineGap });
  }

  /** Draws the text in a box whose top-left corner is (x, y); returns the height used. */
  draw(text: string, x: number, y: number, width: number, style: TextStyle): number {
    if (!text) return 0;
    const color = style.color ?? '#1b1f24';
    if (!hasArabic(text)) {
      const lineGap = this.latinLineGap(style);
      this.select('latin', style)
        .fillColor(color)
        .text(text, x, y, { width, align: style.align ?? 'left', lineGap });
      return this.height(text, width, style);
    }
    const { baseline, height } = this.bidiLineMetrics(style);
    const lines = this.wrap(text, width, style);
    lines.forEach((line, index) => {
      const runs = visualRuns(line);
      const widths = runs.map((run) => this.runWidth(run, style));
      const total = widths.reduce((sum, value) => sum + value, 0);
      const align = style.align ?? 'right';
      let cursor = align === 'left' ? x : align === 'center' ? x + (width - total) / 2 : x + width - total;
      runs.forEach((run, runIndex) => {
        this.select(run.font, style)
          .fillColor(color)
          .text(run.text, cursor, y + index * height + baseline, {
            lineBreak: false,
            baseline: 'alphabetic',
            ...(run.rightToLeft ? { features: ['rtla'] } : {}),
          });
        cursor += widths[runIndex];
      });
    });
    return lines.length * height;
  }
}
