/** Test support: small but well-formed files carrying identifying metadata, built byte by byte. */
import { zlibSync } from 'fflate';
import { concatBytes } from './types.ts';

const ascii = (text: string) => new TextEncoder().encode(text);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function jpegSegment(marker: number, data: Uint8Array): Uint8Array {
  const length = data.length + 2;
  return concatBytes([new Uint8Array([0xff, marker, length >> 8, length & 0xff]), data]);
}

/** The entropy-coded bytes of the test JPEG: a stuffed FF00 and a restart marker inside. */
export const JPEG_SCAN_DATA = new Uint8Array([0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56, 0x78]);

/** SOI, JFIF, Exif with the marker, a comment with the marker, tables, frame, one scan, EOI, then a trailer. */
export function jpegWithExif(marker: string): Uint8Array {
  return concatBytes([
    new Uint8Array([0xff, 0xd8]),
    jpegSegment(0xe0, ascii('JFIF\0\x01\x01\0\0\x01\0\x01\0\0')),
    jpegSegment(0xe1, ascii(`Exif\0\0MM\0*Artist=${marker}`)),
    jpegSegment(0xe2, ascii('ICC_PROFILE\0\x01\x01colour')),
    jpegSegment(0xfe, ascii(`taken by ${marker}`)),
    jpegSegment(0xdb, new Uint8Array(65)),
    jpegSegment(0xc0, new Uint8Array([8, 0, 1, 0, 1, 1, 1, 0x11, 0])),
    jpegSegment(0xc4, new Uint8Array(20)),
    jpegSegment(0xda, new Uint8Array([1, 1, 0, 0, 0x3f, 0])),
    JPEG_SCAN_DATA,
    new Uint8Array([0xff, 0xd9]),
    ascii(`trailer ${marker}`),
  ]);
}

export function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const head = new Uint8Array(8);
  new DataView(head.buffer).setUint32(0, data.length);
  head.set(ascii(type), 4);
  const crc = new Uint8Array(4);
  new DataView(crc.buffer).setUint32(0, crc32(concatBytes([head.subarray(4), data])));
  return concatBytes([head, data, crc]);
}

/** The raw scanline of the 1×1 grey test image: filter byte, then one sample. */
export const PNG_PIXELS = new Uint8Array([0, 0x80]);

/** A 1×1 greyscale PNG with an Author text chunk and a modification time. */
export function pngWithText(marker: string): Uint8Array {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, 1);
  view.setUint32(4, 1);
  header.set([8, 0, 0, 0, 0], 8);
  return concatBytes([
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('tEXt', ascii(`Author\0${marker}`)),
    pngChunk('tIME', new Uint8Array([0x07, 0xea, 12, 6, 20, 0, 0])),
    pngChunk('IDAT', zlibSync(PNG_PIXELS)),
    pngChunk('IEND', new Uint8Array()),
  ]);
}

/** Walks a PNG's chunks, checking every CRC; returns the chunk types in order. */
export function pngChunkTypes(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const types: string[] = [];
  let offset = 8;
  while (offset < bytes.length) {
    const length = view.getUint32(offset);
    const typeAndData = bytes.subarray(offset + 4, offset + 8 + length);
    if (crc32(typeAndData) !== view.getUint32(offset + 8 + length)) throw new Error('bad CRC');
    types.push(String.fromCharCode(...typeAndData.subarray(0, 4)));
    offset += 12 + length;
  }
  return types;
}

/** Walks a JPEG's segments from SOI to EOI; returns the markers met. */
export function jpegMarkers(bytes: Uint8Array): number[] {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) throw new Error('no SOI');
  const markers: number[] = [];
  let offset = 2;
  while (offset < bytes.length) {
    if (bytes[offset] !== 0xff) throw new Error(`no marker at ${offset}`);
    const marker = bytes[offset + 1];
    markers.push(marker);
    if (marker === 0xd9) {
      if (offset + 2 !== bytes.length) throw new Error('data after EOI');
      return markers;
    }
    offset += 2 + ((bytes[offset + 2] << 8) | bytes[offset + 3]);
    if (marker === 0xda) {
      while (!(bytes[offset] === 0xff && bytes[offset + 1] !== 0 && (bytes[offset + 1] & 0xf8) !== 0xd0))
        offset += 1;
    }
  }
  throw new Error('no EOI');
}

/**
 * A one-page PDF with an information dictionary (literal and hex strings) and an uncompressed XMP
 * packet naming `marker`, with a correct cross-reference table.
 */
export function pdfWithAuthor(marker: string): Uint8Array {
  const hexMarker = [...ascii(marker)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  const xmp = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" pdf:Producer="${marker} Writer"><dc:creator><rdf:Seq><rdf:li>${marker}</rdf:li></rdf:Seq></dc:creator><xmp:CreatorTool>${marker} Tool</xmp:CreatorTool></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
  const content = 'BT /F1 12 Tf 20 50 Td (Evidence) Tj ET';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R /Metadata 6 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Type /Metadata /Subtype /XML /Length ${xmp.length} >>\nstream\n${xmp}\nendstream`,
    `<< /Author (${marker} \\(clerk\\)) /Creator <${hexMarker}> /Title (Payroll of ${marker}) /CreationDate (D:20261206) >>`,
  ];
  let text = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(text.length);
    text += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) text += `${String(offset).padStart(10, '0')} 00000 n \n`;
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return ascii(text);
}
