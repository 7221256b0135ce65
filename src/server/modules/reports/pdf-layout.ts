import type PDFDocument from 'pdfkit';
import { fitColumnWidths } from './column-widths.ts';
import { type Cell, formatCell, type ReportTable } from './format.ts';
import type { ReportLanguage } from './labels.ts';
import type { PdfTextWriter, TextStyle } from './pdf-text.ts';

export const COLORS = {
  ink: '#1b1f24',
  muted: '#5b6570',
  rule: '#c9d1da',
  headerFill: '#1f3a5f',
  stripe: '#f2f5f8',
  accent: '#2f6b9a',
  warning: '#b42318',
};

const CELL_PADDING = 4;
const TABLE_TEXT = 8;
/** Text columns up to this spreadsheet width hold short words (codes, bands) that must not break. */
const SHORT_TEXT_COLUMN = 12;

/**
 * Content flowing down A4 pages: keeps the vertical position, starts a new page when a block would
 * not fit, and mirrors horizontal positions for right-to-left languages.
 */
export class PdfFlow {
  y: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;

  constructor(
    readonly doc: typeof PDFDocument.prototype,
    readonly text: PdfTextWriter,
    readonly language: ReportLanguage,
  ) {
    const { margins, width, height } = doc.page;
    this.left = margins.left;
    this.right = width - margins.right;
    this.top = margins.top;
    // Leave PDFKit's own bottom margin untouched, so it never breaks a page on its own.
    this.bottom = height - margins.bottom - 4;
    this.y = this.top;
  }

  get rtl(): boolean {
    return this.language === 'ar';
  }

  get width(): number {
    return this.right - this.left;
  }

  /** Where the start side reads from: left, or right in Arabic. */
  get startAlign(): 'left' | 'right' {
    return this.rtl ? 'right' : 'left';
  }

  get endAlign(): 'left' | 'right' {
    return this.rtl ? 'left' : 'right';
  }

  /** The x of a box `offset` points from the start edge and `width` wide. */
  x(offset: number, width: number): number {
    return this.rtl ? this.right - offset - width : this.left + offset;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = this.top;
  }

  ensure(height: number): void {
    if (this.y + height > this.bottom && this.y > this.top) this.newPage();
  }

  gap(points: number): void {
    this.y += points;
  }

  paragraph(text: string, style: TextStyle): void {
    const full = { align: this.startAlign, ...style };
    const height = this.text.height(text, this.width, full);
    this.ensure(height);
    this.y += this.text.draw(text, this.left, this.y, this.width, full);
  }

  /** A section heading, kept on the same page as the first lines that follow it. */
  heading(text: string, keepWith = 60): void {
    const style = { size: 13, bold: true, color: COLORS.headerFill, align: this.startAlign };
    this.ensure(this.text.height(text, this.width, style) + keepWith);
    this.y += this.text.draw(text, this.left, this.y, this.width, style) + 4;
  }

  rule(): void {
    this.doc
      .moveTo(this.left, this.y)
      .lineTo(this.right, this.y)
      .lineWidth(0.6)
      .strokeColor(COLORS.rule)
      .stroke();
    this.y += 8;
  }

  /** Label–value pairs in two columns. */
  facts(pairs: Array<[string, string]>): void {
    const labelWidth = this.width * 0.3;
    const valueWidth = this.width - labelWidth;
    for (const [label, value] of pairs) {
      const labelStyle = { size: 9, bold: true, color: COLORS.muted, align: this.startAlign };
      const valueStyle = { size: 10, align: this.startAlign };
      const height = Math.max(
        this.text.height(label, labelWidth - 8, labelStyle),
        this.text.height(value, valueWidth, valueStyle),
      );
      this.ensure(height + 3);
      this.text.draw(label, this.x(0, labelWidth - 8), this.y + 1, labelWidth - 8, labelStyle);
      this.text.draw(value, this.x(labelWidth, valueWidth), this.y, valueWidth, valueStyle);
      this.y += height + 3;
    }
  }

  /** A table with a header row repeated on every page it spans; "nothing recorded" when empty. */
  table(table: ReportTable, emptyText: string): void {
    if (table.rows.length === 0) {
      this.paragraph(emptyText, { size: 9, color: COLORS.muted });
      return;
    }
    const headerStyle = { size: TABLE_TEXT, bold: true, color: '#ffffff' };
    const cellStyle = { size: TABLE_TEXT };
    const rows = table.rows.map((row) =>
      row.map((cell: Cell, i) => formatCell(cell, this.language, table.columns[i])),
    );
    // No column narrower than its longest header word; numbers, dates and the words of short text
    // columns (codes, bands) are never broken either.
    const minimums = table.columns.map((column, i) => {
      const words = column.header.split(/\s+/).map((word) => this.text.width(word, headerStyle));
      const values =
        column.kind !== 'text'
          ? rows.map((row) => this.text.width(row[i], cellStyle))
          : column.width <= SHORT_TEXT_COLUMN
            ? rows.flatMap((row) => row[i].split(/\s+/).map((word) => this.text.width(word, cellStyle)))
            : [];
      return Math.min(Math.max(...words, ...values) + 2 * CELL_PADDING + 1, this.width * 0.3);
    });
    // Numbers and dates take just their room; text columns share the rest as in the spreadsheet.
    const weights = table.columns.map((column) => (column.kind === 'text' ? column.width : 0));
    const widths = fitColumnWidths(weights, minimums, this.width);
    const offsets = widths.map((_, index) => widths.slice(0, index).reduce((sum, w) => sum + w, 0));
    const aligns = table.columns.map((column) =>
      column.kind === 'number' ? this.endAlign : this.startAlign,
    );
    const rowHeight = (texts: string[], style: TextStyle) =>
      Math.max(...texts.map((text, i) => this.text.height(text, widths[i] - 2 * CELL_PADDING, style))) +
      2 * CELL_PADDING;

    const headers = table.columns.map((column) => column.header);
    const headerHeight = rowHeight(headers, headerStyle);
    const drawRow = (texts: string[], style: TextStyle, height: number, fill: string | null) => {
      if (fill) this.doc.rect(this.left, this.y, this.width, height).fill(fill);
      texts.forEach((text, i) => {
        const innerWidth = widths[i] - 2 * CELL_PADDING;
        const x = this.x(offsets[i], widths[i]) + CELL_PADDING;
        this.text.draw(text, x, this.y + CELL_PADDING, innerWidth, { ...style, align: aligns[i] });
      });
      this.y += height;
    };
    const drawHeader = () => drawRow(headers, headerStyle, headerHeight, COLORS.headerFill);

    this.ensure(headerHeight + rowHeight(rows[0], cellStyle));
    drawHeader();
    rows.forEach((texts, index) => {
      const height = rowHeight(texts, cellStyle);
      if (this.y + height > this.bottom) {
        this.newPage();
        drawHeader();
      }
      drawRow(texts, cellStyle, height, index % 2 === 1 ? COLORS.stripe : null);
    });
    this.doc
      .moveTo(this.left, this.y)
      .lineTo(this.right, this.y)
      .lineWidth(0.6)
      .strokeColor(COLORS.rule)
      .stroke();
    this.y += 12;
  }

  /** "Page n of N" on every page, with the report title on the other side when it fits. */
  numberPages(pageLabel: (page: number, total: number) => string, title: string): void {
    const { start, count } = this.doc.bufferedPageRange();
    const style = { size: 8, color: COLORS.muted };
    for (let index = start; index < start + count; index++) {
      this.doc.switchToPage(index);
      const page = this.doc.page;
      const bottomMargin = page.margins.bottom;
      page.margins.bottom = 0;
      const y = page.height - bottomMargin + 14;
      const label = pageLabel(index - start + 1, count);
      this.text.draw(label, this.left, y, this.width, { ...style, align: this.endAlign });
      const room = this.width - this.text.width(label, style) - 24;
      if (this.text.width(title, style) <= room) {
        this.text.draw(title, this.left, y, this.width, { ...style, align: this.startAlign });
      }
      page.margins.bottom = bottomMargin;
    }
  }
}
