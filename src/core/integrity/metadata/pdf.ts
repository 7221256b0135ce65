import type { StrippedFile } from './types.ts';
import { unchecked } from './types.ts';

/** Document information entries that can name a person or the software (and so the machine) used. */
const INFO_KEYS = /\/(Author|Creator|Producer|Title|Subject|Keywords)(?![\w#])\s*/g;
/** XMP properties that repeat the information dictionary. */
const XMP_PROPERTIES = [
  'dc:creator',
  'dc:title',
  'dc:description',
  'dc:subject',
  'pdf:Producer',
  'pdf:Keywords',
  'pdf:Author',
  'xmp:CreatorTool',
];
const SPACE = 0x20;

export const isPdf = (bytes: Uint8Array) =>
  new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-');

/** One character per byte, so string offsets are byte offsets. */
const asText = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

/** Byte ranges of stream data (between `stream` and `endstream`), which are never searched for keys. */
function streamRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const keyword = /(?<![A-Za-z])stream\r?\n/g;
  let match = keyword.exec(text);
  while (match) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    ranges.push([start, end]);
    keyword.lastIndex = end + 'endstream'.length;
    match = keyword.exec(text);
  }
  return ranges;
}

class PdfCleaner {
  readonly out: Uint8Array;
  readonly text: string;
  private readonly streams: Array<[number, number]>;
  removed = false;
  /** Something that may hold metadata was out of reach (compressed object or metadata stream). */
  hidden = false;

  constructor(bytes: Uint8Array) {
    this.out = bytes.slice();
    this.text = asText(bytes);
    this.streams = streamRanges(this.text);
  }

  inStream(offset: number): boolean {
    return this.streams.some(([start, end]) => offset >= start && offset < end);
  }

  /** Every `N G R` reference following `/key`, outside stream data. */
  references(key: string): Array<[string, string]> {
    const found: Array<[string, string]> = [];
    for (const match of this.text.matchAll(new RegExp(`/${key}\\s+(\\d+)\\s+(\\d+)\\s+R`, 'g')))
      if (!this.inStream(match.index)) found.push([match[1], match[2]]);
    return found;
  }

  /** Ranges of `N G obj … endobj` (every revision of it), cut at its stream data if it has one. */
  objectBodies(number: string, generation: string): Array<[number, number]> {
    const bodies: Array<[number, number]> = [];
    const header = new RegExp(`(?<![\\d])${number}\\s+${generation}\\s+obj(?![\\w])`, 'g');
    for (const match of this.text.matchAll(header)) {
      if (this.inStream(match.index)) continue;
      const start = match.index + match[0].length;
      const endobj = this.text.indexOf('endobj', start);
      if (endobj < 0) continue;
      const stream = this.text.slice(start, endobj).search(/(?<![A-Za-z])stream\r?\n/);
      bodies.push([start, stream < 0 ? endobj : start + stream]);
    }
    return bodies;
  }

  blank(start: number, end: number) {
    for (let i = start; i < end; i++) {
      if (!/\s/.test(this.text[i])) this.removed = true;
      this.out[i] = SPACE;
    }
  }

  /** Blanks the string value at `offset` (literal or hex), or the string object it refers to. */
  blankValueAt(offset: number) {
    const char = this.text[offset];
    if (char === '(') {
      let depth = 0;
      for (let i = offset; i < this.text.length; i++) {
        const c = this.text[i];
        if (c === '\\') i += 1;
        else if (c === '(') depth += 1;
        else if (c === ')' && --depth === 0) return this.blank(offset + 1, i);
      }
    } else if (char === '<' && this.text[offset + 1] !== '<') {
      const close = this.text.indexOf('>', offset);
      if (close > 0) this.blank(offset + 1, close);
    } else {
      const reference = /^(\d+)\s+(\d+)\s+R/.exec(this.text.slice(offset, offset + 32));
      if (!reference) return;
      const bodies = this.objectBodies(reference[1], reference[2]);
      if (bodies.length === 0) this.hidden = true;
      for (const [start, end] of bodies) {
        const value = this.text.slice(start, end).search(/[(<]/);
        if (value >= 0) this.blankValueAt(start + value);
      }
    }
  }

  cleanInformationDictionaries() {
    for (const [number, generation] of this.references('Info')) {
      const bodies = this.objectBodies(number, generation);
      if (bodies.length === 0) this.hidden = true; // inside a compressed object stream
      for (const [start, end] of bodies) {
        const dictionary = this.text.slice(start, end);
        for (const match of dictionary.matchAll(INFO_KEYS))
          this.blankValueAt(start + match.index + match[0].length);
      }
    }
  }

  /** Blanks the listed XMP properties' values, as elements or as attributes, in every packet left readable. */
  cleanXmp() {
    for (const [number, generation] of this.references('Metadata'))
      for (const [start, end] of this.objectBodies(number, generation))
        if (/\/Filter\b/.test(this.text.slice(start, end))) this.hidden = true;
    for (const packet of this.text.matchAll(/<x:xmpmeta\b[\s\S]*?<\/x:xmpmeta>/g)) {
      const base = packet.index;
      for (const property of XMP_PROPERTIES) {
        const element = new RegExp(`<${property}(?:\\s[^>]*)?>([\\s\\S]*?)</${property}>`, 'g');
        for (const match of packet[0].matchAll(element)) {
          const innerStart = base + match.index + match[0].indexOf('>') + 1;
          // text between tags only: rdf:Seq/rdf:li structure stays
          for (const text of match[1].matchAll(/(?<=^|>)[^<]+/g))
            this.blank(innerStart + text.index, innerStart + text.index + text[0].length);
        }
        const attribute = new RegExp(`\\s${property}\\s*=\\s*(["'])([^"']*)\\1`, 'g');
        for (const match of packet[0].matchAll(attribute)) {
          const valueStart = base + match.index + match[0].length - 1 - match[2].length;
          this.blank(valueStart, valueStart + match[2].length);
        }
      }
    }
  }
}

/**
 * Blanks a PDF's author, creator, producer, title, subject and keywords (information dictionary and
 * XMP) with spaces of the same length, so every byte offset in the cross-reference table stays right.
 * When the information dictionary sits in a compressed object stream, or the XMP is compressed, the
 * file is cleaned as far as it can be and reported `unchecked`.
 */
export function stripPdf(bytes: Uint8Array): StrippedFile {
  if (!isPdf(bytes)) return unchecked(bytes);
  const cleaner = new PdfCleaner(bytes);
  cleaner.cleanInformationDictionaries();
  cleaner.cleanXmp();
  return { bytes: cleaner.out, removed: cleaner.removed, kind: cleaner.hidden ? 'unchecked' : 'pdf' };
}
