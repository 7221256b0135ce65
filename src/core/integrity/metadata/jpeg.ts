import { concatBytes, type StrippedFile, unchecked } from './types.ts';

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const COM = 0xfe;
const APP0 = 0xe0;
const APP2 = 0xe2;
const APP14 = 0xee;

const startsWith = (bytes: Uint8Array, offset: number, text: string) =>
  [...text].every((char, index) => bytes[offset + index] === char.charCodeAt(0));

export const isJpeg = (bytes: Uint8Array) => bytes[0] === 0xff && bytes[1] === SOI && bytes[2] === 0xff;

/**
 * Segments a decoder needs or that only describe colour are kept: APP0 (JFIF), APP2 holding an ICC
 * profile, APP14 (Adobe colour transform). Every other application segment (APP1 Exif and XMP, APP13
 * IPTC, maker notes, multi-picture indexes) and comments can carry a camera serial, a place or a name.
 */
function keepsSegment(marker: number, bytes: Uint8Array, dataStart: number): boolean {
  if (marker === COM) return false;
  if (marker < APP0 || marker > 0xef) return true;
  if (marker === APP0 || marker === APP14) return true;
  if (marker === APP2) return startsWith(bytes, dataStart, 'ICC_PROFILE\0');
  return false;
}

/** Offset of the next marker after entropy-coded data (FF followed by neither 00 nor a restart marker). */
function nextMarkerAfterScan(bytes: Uint8Array, from: number): number {
  for (let i = from; i < bytes.length - 1; i++) {
    if (bytes[i] !== 0xff) continue;
    const next = bytes[i + 1];
    if (next === 0x00 || next === 0xff || (next >= 0xd0 && next <= 0xd7)) continue;
    return i;
  }
  return -1;
}

/**
 * Removes Exif, XMP, IPTC, comments and other application segments from a JPEG, and anything after
 * the end-of-image marker; the image data is copied as it is. A file that does not walk cleanly from
 * SOI to EOI is returned unchanged as `unchecked`.
 */
export function stripJpeg(bytes: Uint8Array): StrippedFile {
  if (!isJpeg(bytes)) return unchecked(bytes);
  const kept: Uint8Array[] = [bytes.subarray(0, 2)];
  let removed = false;
  let offset = 2;
  while (offset < bytes.length) {
    if (bytes[offset] !== 0xff) return unchecked(bytes);
    const marker = bytes[offset + 1];
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    if (marker === EOI) {
      kept.push(bytes.subarray(offset, offset + 2));
      if (offset + 2 < bytes.length) removed = true; // trailing data: thumbnails, vendor blocks
      return { bytes: concatBytes(kept), removed, kind: 'jpeg' };
    }
    if (marker === undefined || offset + 4 > bytes.length) return unchecked(bytes);
    const length = (bytes[offset + 2] << 8) | bytes[offset + 3];
    const end = offset + 2 + length;
    if (length < 2 || end > bytes.length) return unchecked(bytes);
    if (keepsSegment(marker, bytes, offset + 4)) kept.push(bytes.subarray(offset, end));
    else removed = true;
    if (marker === SOS) {
      const next = nextMarkerAfterScan(bytes, end);
      if (next < 0) return unchecked(bytes);
      kept.push(bytes.subarray(end, next));
      offset = next;
    } else {
      offset = end;
    }
  }
  return unchecked(bytes);
}
