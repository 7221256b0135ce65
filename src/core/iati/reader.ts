/**
 * Streaming IATI activity reader (2.01–2.03 and legacy 1.0x).
 *
 *   readIatiActivities(source, { onActivity, onWarning }) → { version, activities }
 *   readIatiFile(path, handlers)
 *
 * `source` yields text or bytes in pieces; each complete `<iati-activity>` is handed to the async
 * `onActivity` and awaited before more input is read, so memory holds one input piece and the
 * activities finished in it, whatever the file size. Problems that leave the data usable go to
 * `onWarning` as `{ line, key, params }`, keys of the `iatiWarnings` message namespace. A file that
 * is not XML, not IATI, or cut short throws `IatiFileError`, which names the line.
 */
import { isAscii } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { ActivityBuilder } from './activity-builder';
import { StructureCheck } from './structure-check';
import type { IatiActivity, IatiWarning } from './types';
import { type XmlHandler, XmlScanner, XmlSyntaxError } from './xml-scanner';

export class IatiFileError extends Error {
  constructor(
    readonly line: number,
    readonly key: string,
    readonly params: Record<string, string | number>,
  ) {
    const column = params.column === undefined ? '' : `, column ${params.column}`;
    super(`Line ${line}${column}: ${describeFileError(key, params)}`);
    this.name = 'IatiFileError';
  }
}

/** English wording of file errors for the CLI and logs; the web renders the key instead. */
function describeFileError(key: string, params: Record<string, string | number>): string {
  switch (key) {
    case 'xmlMismatchedTag':
      return `closing tag </${params.found}> does not match <${params.expected}>`;
    case 'xmlTruncated':
      return `the file ends before <${params.element}> is closed (truncated?)`;
    case 'xmlTextOutsideRoot':
      return 'text or a second root element outside the document element';
    case 'xmlNoRoot':
      return 'this is not an XML document';
    case 'xmlBadMarkup':
      return 'malformed markup';
    case 'notIati':
      return `the document element is <${params.root}>, not <iati-activities>`;
    default:
      return key;
  }
}

export interface IatiReadHandlers {
  onActivity: (activity: IatiActivity) => Promise<void> | void;
  onWarning?: (warning: IatiWarning) => void;
  /**
   * Check elements against the schema tables (rules.ts) and report breaches as warnings; on by
   * default. A caller that discards warnings may turn it off: the data read is the same, and
   * reading is faster (it is what `iati summarize --json` does).
   */
  checkSchema?: boolean;
}

export interface IatiReadSummary {
  /** The root's @version as written ('2.03', '1.00', …); null when missing. */
  version: string | null;
  activities: number;
}

const isLegacy = (version: string | null) => version !== null && (version === '' || version.startsWith('1'));

class IatiHandler implements XmlHandler {
  readonly path: string[] = [];
  version: string | null = null;
  private legacy = false;
  private rootLegacy = false;
  /** Schema checks off: treated like a legacy file, whose structure is not checked either. */
  private readonly unchecked: boolean;
  private readonly builder: ActivityBuilder;
  private readonly check: StructureCheck;

  /** Set by the reader once it knows whether the input is bytes or text. */
  scanner!: XmlScanner;

  constructor(
    emit: (activity: IatiActivity) => void,
    private readonly warn: (warning: IatiWarning) => void,
    checkSchema: boolean,
  ) {
    this.unchecked = !checkSchema;
    this.builder = new ActivityBuilder(emit, warn);
    this.check = new StructureCheck(warn);
  }

  get wantsText(): boolean {
    return this.builder.wantsText || (!this.legacy && this.check.wantsText);
  }

  open(name: string): void {
    const scanner = this.scanner;
    const depth = this.path.length;
    if (depth === 0) {
      const line = scanner.currentLine();
      if (name !== 'iati-activities') throw new IatiFileError(line, 'notIati', { root: name });
      this.version = scanner.attribute('version');
      this.rootLegacy = this.unchecked || isLegacy(this.version);
      this.legacy = this.rootLegacy;
      if (this.version === null) this.warn({ line, key: 'missingVersion', params: {} });
    } else if (depth === 1 && name === 'iati-activity') {
      const own = scanner.attribute('version');
      this.legacy = this.rootLegacy || (own !== null && isLegacy(own));
    }
    if (!this.legacy) this.check.open(name, scanner.currentLine(), scanner);
    this.builder.open(name, this.path[depth - 1] ?? '', depth, scanner);
    this.path.push(name);
  }

  close(name: string): void {
    this.path.pop();
    const depth = this.path.length;
    if (!this.legacy) this.check.close();
    this.builder.close(name, this.path[depth - 1] ?? '', depth);
  }

  text(text: string): void {
    if (this.builder.wantsText) this.builder.text(text, this.path.length - 1);
    if (!this.legacy) this.check.text(text);
  }
}

/** Bytes become latin1 text (one char per byte, see XmlScanner); strings pass through. */
async function* pieces(
  source: AsyncIterable<string | Uint8Array>,
): AsyncGenerator<{ text: string; bytes: boolean; ascii: boolean }> {
  for await (const piece of source) {
    if (typeof piece === 'string') yield { text: piece, bytes: false, ascii: false };
    else {
      const bytes = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
      yield { text: bytes.toString('latin1'), bytes: true, ascii: isAscii(bytes) };
    }
  }
}

export async function readIatiActivities(
  source: AsyncIterable<string | Uint8Array>,
  handlers: IatiReadHandlers,
): Promise<IatiReadSummary> {
  const finished: IatiActivity[] = [];
  let count = 0;
  const handler = new IatiHandler(
    (activity) => finished.push(activity),
    handlers.onWarning ?? (() => {}),
    handlers.checkSchema ?? true,
  );
  let scanner: XmlScanner | null = null;
  const deliver = async () => {
    for (const activity of finished.splice(0)) {
      count++;
      await handlers.onActivity(activity);
    }
  };
  try {
    for await (const piece of pieces(source)) {
      // a source is either all bytes or all strings; the first piece decides
      if (!scanner) {
        scanner = new XmlScanner(handler, piece.bytes);
        handler.scanner = scanner;
      }
      scanner.write(piece.text, !piece.ascii);
      await deliver();
    }
    if (!scanner) {
      scanner = new XmlScanner(handler);
      handler.scanner = scanner;
    }
    scanner.close();
    await deliver();
  } catch (error) {
    if (error instanceof XmlSyntaxError)
      throw new IatiFileError(error.line, error.key, { ...error.params, column: error.column });
    throw error;
  }
  return { version: handler.version, activities: count };
}

/** Reads a file from disk in 1 MB pieces. */
export function readIatiFile(path: string, handlers: IatiReadHandlers): Promise<IatiReadSummary> {
  return readIatiActivities(createReadStream(path, { highWaterMark: 1 << 20 }), handlers);
}
