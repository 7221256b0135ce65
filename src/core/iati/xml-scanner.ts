/**
 * A small streaming XML tokenizer for the IATI reader. It checks what the reader relies on (tags
 * nest and close, one root, quoted attributes, no stray text outside the root) and skips
 * comments, processing instructions, CDATA-free DOCTYPEs. It exists because a general parser
 * (saxes was measured) spends most of its time walking every character; this one jumps from
 * `<` to `<` with indexOf, cuts only the strings the handler asks for, and counts lines lazily,
 * which is what keeps a 100 MB file within 3× of `xmllint --stream`.
 */

export interface XmlHandler {
  /** Attributes are read from the scanner (`attributeCount`, `attributeName(i)`, `attributeValue(i)`). */
  open(name: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Raw character data between two tags; called only while `wantsText` is true. */
  text(text: string): void;
  readonly wantsText: boolean;
}

export type XmlSyntaxKey =
  | 'xmlMismatchedTag'
  | 'xmlTruncated'
  | 'xmlTextOutsideRoot'
  | 'xmlNoRoot'
  | 'xmlBadMarkup';

export class XmlSyntaxError extends Error {
  constructor(
    readonly key: XmlSyntaxKey,
    readonly line: number,
    readonly column: number,
    readonly params: Record<string, string>,
  ) {
    super(`${key} at line ${line}, column ${column}`);
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Replaces the five named entities and numeric character references. */
export function decodeEntities(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] === '#')
      return String.fromCodePoint(
        ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10),
      );
    return ENTITIES[ref] ?? whole;
  });
}

const UNKNOWN = -2;
const NAME_SLOTS = 4096;
const NON_ASCII = /[\u0080-\uffff]/;

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13;
}
/** Characters that end a name: white space, '>', '/', '='; a table, as it is asked for every character of every name. */
const NAME_ENDS = new Uint8Array(128);
for (const code of [32, 10, 9, 13, 62, 47, 61]) NAME_ENDS[code] = 1;
function endsName(code: number): boolean {
  return code < 128 && NAME_ENDS[code] === 1;
}

export class XmlScanner {
  private buffer = '';
  private pos = 0;
  /** Lines counted up to `lineScan` in the current buffer. */
  private line = 1;
  private lineScan = 0;
  private lastNewline = -1;
  /** Position of the first newline at or after `lineScan`, -1 for none yet, UNKNOWN to look it up. */
  private nextNewline = UNKNOWN;
  private readonly stack: string[] = [];
  private rootSeen = false;
  /** Attributes of the tag being handled, as positions in the buffer: names are cut only when asked. */
  private readonly nameStarts: number[] = [];
  private readonly nameEnds: number[] = [];
  private readonly valueStarts: number[] = [];
  private readonly valueEnds: number[] = [];
  attributeCount = 0;

  /** Interned names by hash slot, and the rare ones whose slot was taken. */
  private readonly names: (string | undefined)[] = new Array(NAME_SLOTS);
  private readonly collided = new Map<string, string>();
  /** Whether the buffer holds any byte above 0x7f (latin1 input only): most files are pure ASCII. */
  private nonAscii = false;

  /**
   * @param latin1Input the text was decoded byte for byte (latin1), which is much faster than UTF-8
   *   and safe for markup since UTF-8 never uses ASCII bytes inside a multi-byte character; the
   *   strings handed out (text, attribute values) are then re-decoded as UTF-8 when they hold
   *   non-ASCII bytes.
   */
  constructor(
    private readonly handler: XmlHandler,
    private readonly latin1Input = false,
  ) {}

  /**
   * Element and attribute names repeat endlessly: look each up by a hash of its characters without
   * cutting a new string, and hand out one internalised copy, so the handler's comparisons against
   * literals are pointer comparisons.
   */
  private nameAt(start: number, end: number, hash: number): string {
    const slot = hash & (NAME_SLOTS - 1);
    const known = this.names[slot];
    if (known !== undefined && known.length === end - start && this.buffer.startsWith(known, start))
      return known;
    const text = this.buffer.slice(start, end);
    let name = this.collided.get(text);
    if (name === undefined) {
      name = Object.keys({ [text]: 0 })[0];
      if (known === undefined) this.names[slot] = name;
      else this.collided.set(name, name);
    }
    return name;
  }

  private decoded(raw: string, entities = true): string {
    const text = entities ? decodeEntities(raw) : raw;
    return this.nonAscii && NON_ASCII.test(text) ? Buffer.from(text, 'latin1').toString('utf8') : text;
  }

  attributeName(index: number): string {
    const start = this.nameStarts[index];
    const end = this.nameEnds[index];
    let hash = 0;
    for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + this.buffer.charCodeAt(i)) | 0;
    return this.nameAt(start, end, hash);
  }
  attributeValue(index: number): string {
    return this.decoded(this.buffer.slice(this.valueStarts[index], this.valueEnds[index]));
  }
  /** Bound, so it can be passed around without a closure per element. */
  readonly attribute = (name: string): string | null => {
    for (let i = 0; i < this.attributeCount; i++)
      if (
        this.nameEnds[i] - this.nameStarts[i] === name.length &&
        this.buffer.startsWith(name, this.nameStarts[i])
      )
        return this.attributeValue(i);
    return null;
  };

  /** Line (1-based) of the markup being handled now. */
  currentLine(): number {
    return this.lineOf(this.pos);
  }

  private lineOf(position: number): number {
    for (;;) {
      if (this.nextNewline === UNKNOWN) this.nextNewline = this.buffer.indexOf('\n', this.lineScan);
      if (this.nextNewline < 0) {
        this.lineScan = this.buffer.length;
        return this.line;
      }
      if (this.nextNewline >= position) return this.line;
      this.line++;
      this.lastNewline = this.nextNewline;
      this.lineScan = this.nextNewline + 1;
      this.nextNewline = UNKNOWN;
    }
  }

  private fail(key: XmlSyntaxKey, position: number, params: Record<string, string> = {}): never {
    const line = this.lineOf(position);
    throw new XmlSyntaxError(key, line, position - this.lastNewline, params);
  }

  private started = false;

  /** A UTF-8 byte order mark: one character as text, three (EF BB BF) as latin1 bytes. */
  private withoutByteOrderMark(chunk: string): string {
    if (chunk.charCodeAt(0) === 0xfeff) return chunk.slice(1);
    return this.latin1Input && chunk.startsWith('\u00ef\u00bb\u00bf') ? chunk.slice(3) : chunk;
  }

  /** `nonAscii`: whether the piece may hold bytes above 0x7f (latin1 input; the reader knows it from the bytes). */
  write(chunk: string, nonAscii = true): void {
    if (this.pos > 0) {
      this.lineOf(this.pos);
      this.buffer = this.buffer.slice(this.pos);
      this.lastNewline -= this.pos;
      this.lineScan -= this.pos;
      if (this.nextNewline >= 0) this.nextNewline -= this.pos;
      this.pos = 0;
    }
    if (this.nextNewline === -1) this.nextNewline = UNKNOWN;
    this.buffer += this.started ? chunk : this.withoutByteOrderMark(chunk);
    this.started = true;
    this.nonAscii = this.latin1Input && ((this.nonAscii && this.buffer.length > chunk.length) || nonAscii);
    this.scan(false);
  }

  close(): void {
    this.scan(true);
    if (this.stack.length)
      this.fail('xmlTruncated', this.buffer.length, { element: this.stack[this.stack.length - 1] });
    if (!this.rootSeen) this.fail('xmlNoRoot', this.buffer.length);
  }

  private scan(final: boolean): void {
    const buffer = this.buffer;
    while (this.pos < buffer.length) {
      const lt = buffer.indexOf('<', this.pos);
      const textEnd = lt < 0 ? buffer.length : lt;
      if (textEnd > this.pos) {
        if (lt < 0 && !final) return; // the text may go on in the next chunk
        this.onText(this.pos, textEnd);
        this.pos = textEnd;
        if (lt < 0) return;
      }
      const consumed = this.markup(lt);
      if (consumed < 0) {
        if (final)
          this.fail(this.stack.length ? 'xmlTruncated' : 'xmlBadMarkup', lt, {
            element: this.stack[this.stack.length - 1] ?? '',
          });
        return;
      }
      this.pos = consumed;
    }
  }

  private onText(start: number, end: number): void {
    if (this.stack.length === 0) {
      for (let i = start; i < end; i++)
        if (!isSpace(this.buffer.charCodeAt(i)))
          this.fail(this.rootSeen ? 'xmlTextOutsideRoot' : 'xmlNoRoot', i);
      return;
    }
    if (this.handler.wantsText) this.handler.text(this.decoded(this.buffer.slice(start, end)));
  }

  /** Handles the markup starting at `lt`; returns the position after it, or -1 when it is incomplete. */
  private markup(lt: number): number {
    const buffer = this.buffer;
    const next = buffer.charCodeAt(lt + 1);
    if (Number.isNaN(next)) return -1;
    if (next === 33 /* ! */) {
      if (buffer.startsWith('<!--', lt)) return this.skipTo('-->', lt + 4);
      if (buffer.startsWith('<![CDATA[', lt)) {
        const end = buffer.indexOf(']]>', lt + 9);
        if (end < 0) return -1;
        if (this.stack.length === 0) this.fail('xmlTextOutsideRoot', lt);
        if (this.handler.wantsText) this.handler.text(this.decoded(buffer.slice(lt + 9, end), false));
        return end + 3;
      }
      if (buffer.length - lt < 9) return -1;
      if (buffer.startsWith('<!DOCTYPE', lt)) {
        const gt = buffer.indexOf('>', lt);
        const bracket = buffer.indexOf('[', lt);
        return bracket >= 0 && (gt < 0 || bracket < gt) ? this.skipTo(']>', bracket) : gt < 0 ? -1 : gt + 1;
      }
      this.fail('xmlBadMarkup', lt);
    }
    if (next === 63 /* ? */) return this.skipTo('?>', lt + 2);
    if (next === 47 /* / */) {
      const open = this.stack[this.stack.length - 1];
      // the usual case: the tag closes the element open on top, compared in place without a copy
      const after = lt + 2 + (open?.length ?? 0);
      if (open !== undefined && buffer.charCodeAt(after) === 62 && buffer.startsWith(open, lt + 2)) {
        this.stack.pop();
        this.handler.close(open);
        return after + 1;
      }
      const gt = buffer.indexOf('>', lt);
      if (gt < 0) return -1;
      const found = buffer.slice(lt + 2, gt).trimEnd();
      if (found !== open) this.fail('xmlMismatchedTag', lt, { expected: open ?? '', found });
      this.stack.pop();
      this.handler.close(open);
      return gt + 1;
    }
    return this.openTag(lt);
  }

  private skipTo(terminator: string, from: number): number {
    const end = this.buffer.indexOf(terminator, from);
    return end < 0 ? -1 : end + terminator.length;
  }

  private openTag(lt: number): number {
    const buffer = this.buffer;
    let i = lt + 1;
    let hash = 0;
    for (let c = buffer.charCodeAt(i); i < buffer.length && !endsName(c); c = buffer.charCodeAt(++i))
      hash = (Math.imul(hash, 31) + c) | 0;
    if (i >= buffer.length) return -1;
    if (i === lt + 1) this.fail('xmlBadMarkup', lt);
    const name = this.nameAt(lt + 1, i, hash);
    let count = 0;
    for (;;) {
      while (i < buffer.length && isSpace(buffer.charCodeAt(i))) i++;
      if (i >= buffer.length) return -1;
      const code = buffer.charCodeAt(i);
      if (code === 62 /* > */ || code === 47 /* / */) {
        const selfClosing = code === 47;
        if (selfClosing) {
          if (i + 1 >= buffer.length) return -1;
          if (buffer.charCodeAt(i + 1) !== 62) this.fail('xmlBadMarkup', i);
        }
        if (this.stack.length === 0) {
          if (this.rootSeen) this.fail('xmlTextOutsideRoot', lt);
          this.rootSeen = true;
        }
        this.attributeCount = count;
        this.pos = lt;
        this.handler.open(name, selfClosing);
        if (selfClosing) this.handler.close(name);
        else this.stack.push(name);
        return selfClosing ? i + 2 : i + 1;
      }
      const nameStart = i;
      while (i < buffer.length && !endsName(buffer.charCodeAt(i))) i++;
      if (i >= buffer.length) return -1;
      const nameEnd = i;
      while (i < buffer.length && isSpace(buffer.charCodeAt(i))) i++;
      if (i >= buffer.length) return -1;
      if (buffer.charCodeAt(i) !== 61 || nameEnd === nameStart) this.fail('xmlBadMarkup', i);
      i++;
      while (i < buffer.length && isSpace(buffer.charCodeAt(i))) i++;
      if (i >= buffer.length) return -1;
      const quote = buffer.charCodeAt(i);
      if (quote !== 34 && quote !== 39) this.fail('xmlBadMarkup', i);
      const close = buffer.indexOf(quote === 34 ? '"' : "'", i + 1);
      if (close < 0) return -1;
      this.nameStarts[count] = nameStart;
      this.nameEnds[count] = nameEnd;
      this.valueStarts[count] = i + 1;
      this.valueEnds[count] = close;
      count++;
      i = close + 1;
    }
  }
}
