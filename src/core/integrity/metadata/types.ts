/**
 * The result of cleaning one evidence file before it is encrypted.
 * - `kind`: the format recognised, or `unchecked` when the file is of another type (or could not be
 *   read far enough to be sure), in which case the whistle-blower is told its metadata was not checked.
 * - `removed`: whether anything that can identify a person (camera data, location, author names) was
 *   taken out.
 */
export type MetadataKind = 'jpeg' | 'png' | 'office' | 'pdf' | 'unchecked';

export interface StrippedFile {
  bytes: Uint8Array;
  removed: boolean;
  kind: MetadataKind;
}

export const unchecked = (bytes: Uint8Array): StrippedFile => ({ bytes, removed: false, kind: 'unchecked' });

/** Joins byte ranges into one array. */
export function concatBytes(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
