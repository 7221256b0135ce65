import { concatBytes, type StrippedFile, unchecked } from './types.ts';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Text chunks (author, software, comments), embedded Exif, and the last-modified time. */
const IDENTIFYING_CHUNKS = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME']);

export const isPng = (bytes: Uint8Array) => SIGNATURE.every((byte, index) => bytes[index] === byte);

/**
 * Drops a PNG's text, Exif and time chunks; every other chunk is copied with its CRC. Anything after
 * IEND is dropped. A file whose chunks do not walk to IEND is returned unchanged as `unchecked`.
 */
export function stripPng(bytes: Uint8Array): StrippedFile {
  if (!isPng(bytes)) return unchecked(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const kept: Uint8Array[] = [bytes.subarray(0, 8)];
  let removed = false;
  let offset = 8;
  while (offset + 12 <= bytes.length) {
    const length = view.getUint32(offset);
    const end = offset + 12 + length;
    if (end > bytes.length) return unchecked(bytes);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    if (IDENTIFYING_CHUNKS.has(type)) removed = true;
    else kept.push(bytes.subarray(offset, end));
    if (type === 'IEND') {
      if (end < bytes.length) removed = true;
      return { bytes: concatBytes(kept), removed, kind: 'png' };
    }
    offset = end;
  }
  return unchecked(bytes);
}
