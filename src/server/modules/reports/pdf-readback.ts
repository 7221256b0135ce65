import { getDocumentProxy } from 'unpdf';

/**
 * Reads a generated PDF back as text, for tests: what a reader gets by copying from the page.
 * Test support only (unpdf is a development dependency).
 */

/** One printed line: its pieces of text from left to right as they sit on the page. */
export interface PrintedLine {
  /** Pieces in visual order, left to right; PDF.js gives each Arabic piece in reading order. */
  pieces: string[];
  /** The pieces joined by single spaces. */
  text: string;
}

interface PlacedText {
  text: string;
  x: number;
  y: number;
}

/** Pieces whose baselines are this close (in points) are on the same line. */
const SAME_LINE = 2;

/** Marks and other glyphs without a Unicode value come back as control characters; they are dropped. */
const clean = (text: string) =>
  Array.from(text)
    .filter((char) => char >= ' ')
    .join('')
    .trim();

function groupIntoLines(placed: PlacedText[]): PrintedLine[] {
  const lines: PlacedText[][] = [];
  for (const piece of [...placed].sort((a, b) => b.y - a.y)) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0].y - piece.y) <= SAME_LINE) line.push(piece);
    else lines.push([piece]);
  }
  return lines.map((line) => {
    const pieces = line.sort((a, b) => a.x - b.x).map((piece) => piece.text);
    return { pieces, text: pieces.join(' ') };
  });
}

/** Every page of the PDF as its printed lines, top to bottom. */
export async function readPdfPages(pdf: Buffer): Promise<PrintedLine[][]> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const pages: PrintedLine[][] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    const placed = content.items.flatMap((item) => {
      if (!('str' in item)) return [];
      const text = clean(item.str);
      return text ? [{ text, x: item.transform[4], y: item.transform[5] }] : [];
    });
    pages.push(groupIntoLines(placed));
  }
  await document.destroy();
  return pages;
}
