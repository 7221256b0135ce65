import { type Unzipped, unzipSync, type Zippable, zipSync } from 'fflate';
import { type StrippedFile, unchecked } from './types.ts';

/** Properties that name people: in docProps/core.xml the author and last editor, in app.xml the company and manager. */
const NAMED_PROPERTIES: Record<string, string[]> = {
  'docProps/core.xml': ['creator', 'lastModifiedBy'],
  'docProps/app.xml': ['Company', 'Manager'],
};
/** Refuse to unpack more than this: a small zip can claim to hold gigabytes. */
const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
/** Every entry gets the same date, so the zip no longer tells when (and in which time zone) it was saved. */
const NEUTRAL_DATE = new Date(Date.UTC(2000, 0, 1, 12));

export const isZip = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** Empties `<name>…</name>` (with any namespace prefix); says whether a non-blank value was there. */
export function blankXmlElements(xml: string, names: string[]): { xml: string; changed: boolean } {
  let changed = false;
  let result = xml;
  for (const name of names) {
    const element = new RegExp(`(<((?:[\\w.-]+:)?${name})(?:\\s[^>]*)?>)([\\s\\S]*?)(</\\2\\s*>)`, 'g');
    result = result.replace(element, (_match, open: string, _tag: string, value: string, close: string) => {
      if (value.trim() !== '') changed = true;
      return `${open}${close}`;
    });
  }
  return { xml: result, changed };
}

function unzipWithinLimit(bytes: Uint8Array): Unzipped | null {
  let declared = 0;
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        declared += file.originalSize;
        if (declared > MAX_UNPACKED_BYTES) throw new Error('too large unpacked');
        return true;
      },
    });
  } catch {
    return null;
  }
}

/**
 * Office Open XML (docx, xlsx, pptx): blanks the author, last editor, company and manager, and gives
 * every zip entry the same date; the rest of the document is kept. A zip that is not an Office
 * document, or that cannot be read, is returned unchanged as `unchecked`.
 */
export function stripOffice(bytes: Uint8Array): StrippedFile {
  if (!isZip(bytes)) return unchecked(bytes);
  const entries = unzipWithinLimit(bytes);
  if (!entries?.['[Content_Types].xml']) return unchecked(bytes);
  let removed = false;
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(entries)) {
    const properties = NAMED_PROPERTIES[name];
    let content = data;
    if (properties) {
      const blanked = blankXmlElements(decoder.decode(data), properties);
      if (blanked.changed) {
        removed = true;
        content = encoder.encode(blanked.xml);
      }
    }
    zippable[name] = [content, { mtime: NEUTRAL_DATE }];
  }
  try {
    return { bytes: zipSync(zippable, { level: 6 }), removed, kind: 'office' };
  } catch {
    return unchecked(bytes);
  }
}
