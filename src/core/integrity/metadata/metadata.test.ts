import { strFromU8, strToU8, unzipSync, unzlibSync, zipSync } from 'fflate';
import { getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { metadataStatus, stripMetadata } from './index.ts';
import { blankXmlElements } from './office.ts';
import {
  JPEG_SCAN_DATA,
  jpegMarkers,
  jpegWithExif,
  PNG_PIXELS,
  pdfWithAuthor,
  pngChunkTypes,
  pngWithText,
} from './test-files.ts';

const MARKER = 'Amina-Kouyate-7731';
const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);
const contains = (bytes: Uint8Array, text: string) => latin1(bytes).includes(text);

describe('JPEG', () => {
  it('drops Exif, comments and trailing data, keeps JFIF, ICC and the scan, and still walks to EOI', () => {
    const original = jpegWithExif(MARKER);
    expect(contains(original, MARKER)).toBe(true);
    const result = stripMetadata(original);
    expect(result).toMatchObject({ kind: 'jpeg', removed: true });
    expect(contains(result.bytes, MARKER)).toBe(false);
    expect(jpegMarkers(result.bytes)).toEqual([0xe0, 0xe2, 0xdb, 0xc0, 0xc4, 0xda, 0xd9]);
    expect(latin1(result.bytes)).toContain(latin1(JPEG_SCAN_DATA));
    expect(metadataStatus(result)).toBe('removed');
  });

  it('reports nothing removed on a clean JPEG and leaves it byte for byte', () => {
    const clean = stripMetadata(jpegWithExif(MARKER).subarray(0, 0)).bytes; // empty: not a JPEG
    expect(stripMetadata(clean).kind).toBe('unchecked');
    const once = stripMetadata(jpegWithExif(MARKER)).bytes;
    const twice = stripMetadata(once);
    expect(twice).toMatchObject({ kind: 'jpeg', removed: false });
    expect(twice.bytes).toEqual(once);
    expect(metadataStatus(twice)).toBe('none');
  });

  it('returns a truncated JPEG unchanged as unchecked', () => {
    const truncated = jpegWithExif(MARKER).subarray(0, 40);
    const result = stripMetadata(truncated);
    expect(result).toMatchObject({ kind: 'unchecked', removed: false });
    expect(result.bytes).toBe(truncated);
  });
});

describe('PNG', () => {
  it('drops tEXt and tIME, keeps valid CRCs and the same pixels', () => {
    const original = pngWithText(MARKER);
    const result = stripMetadata(original);
    expect(result).toMatchObject({ kind: 'png', removed: true });
    expect(contains(result.bytes, MARKER)).toBe(false);
    expect(pngChunkTypes(original)).toEqual(['IHDR', 'tEXt', 'tIME', 'IDAT', 'IEND']);
    expect(pngChunkTypes(result.bytes)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const idat = result.bytes.subarray(8 + 25 + 8, result.bytes.length - 12 - 4);
    expect(unzlibSync(idat)).toEqual(PNG_PIXELS);
  });
});

describe('Office Open XML', () => {
  const docx = (creator: string) =>
    zipSync({
      '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'),
      'docProps/core.xml': strToU8(
        `<cp:coreProperties xmlns:cp="c" xmlns:dc="d"><dc:creator>${creator}</dc:creator><cp:lastModifiedBy>${creator}</cp:lastModifiedBy><dc:title>Pay list</dc:title></cp:coreProperties>`,
      ),
      'docProps/app.xml': strToU8(
        `<Properties><Company>${creator}</Company><Manager>${creator}</Manager><Pages>1</Pages></Properties>`,
      ),
      'word/document.xml': strToU8('<w:document><w:t>Ghost soldiers on the payroll</w:t></w:document>'),
    });

  it('blanks creator, last editor, company and manager; the zip reopens with the rest intact', () => {
    const result = stripMetadata(docx(MARKER));
    expect(result).toMatchObject({ kind: 'office', removed: true });
    const entries = unzipSync(result.bytes);
    expect(Object.keys(entries)).toEqual([
      '[Content_Types].xml',
      'docProps/core.xml',
      'docProps/app.xml',
      'word/document.xml',
    ]);
    const all = Object.values(entries)
      .map((data) => strFromU8(data))
      .join('\n');
    expect(all).not.toContain(MARKER);
    expect(strFromU8(entries['docProps/core.xml'])).toContain('<dc:creator></dc:creator>');
    expect(strFromU8(entries['docProps/core.xml'])).toContain('<dc:title>Pay list</dc:title>');
    expect(strFromU8(entries['docProps/app.xml'])).toContain('<Pages>1</Pages>');
    expect(strFromU8(entries['word/document.xml'])).toContain('Ghost soldiers on the payroll');
  });

  it('says nothing was removed when the names are already blank', () => {
    expect(stripMetadata(docx(' '))).toMatchObject({ kind: 'office', removed: false });
  });

  it('leaves a zip that is not an Office document unchecked', () => {
    const zip = zipSync({ 'notes.txt': strToU8(MARKER) });
    expect(stripMetadata(zip)).toMatchObject({ kind: 'unchecked', bytes: zip });
  });

  it('blanks prefixed and attributed elements only', () => {
    const { xml, changed } = blankXmlElements('<a:creator x="1">Me</a:creator><creatorship>k</creatorship>', [
      'creator',
    ]);
    expect(changed).toBe(true);
    expect(xml).toBe('<a:creator x="1"></a:creator><creatorship>k</creatorship>');
  });
});

describe('PDF', () => {
  it('blanks the information dictionary and XMP with spaces, keeping every offset; the PDF still opens', async () => {
    const original = pdfWithAuthor(MARKER);
    const hexMarker = Buffer.from(MARKER).toString('hex');
    const result = stripMetadata(original);
    expect(result).toMatchObject({ kind: 'pdf', removed: true });
    expect(result.bytes.length).toBe(original.length);
    expect(contains(result.bytes, MARKER)).toBe(false);
    expect(contains(result.bytes, hexMarker)).toBe(false);
    expect(contains(result.bytes, '/CreationDate (D:20261206)')).toBe(true);
    expect(contains(result.bytes, '(Evidence) Tj')).toBe(true);
    const document = await getDocumentProxy(result.bytes.slice());
    expect(document.numPages).toBe(1);
    const { info } = (await document.getMetadata()) as unknown as { info: Record<string, string> };
    expect(info.Author.trim()).toBe('');
    expect(info.Title.trim()).toBe('');
  });

  it('reports unchecked when the information dictionary is out of reach', () => {
    const text = latin1(pdfWithAuthor(MARKER)).replace('7 0 obj', '9 0 obj');
    expect(stripMetadata(new TextEncoder().encode(text)).kind).toBe('unchecked');
  });
});

describe('other files', () => {
  it('are returned unchanged and marked unchecked', () => {
    const text = new TextEncoder().encode(`Notes by ${MARKER}`);
    const result = stripMetadata(text);
    expect(result).toEqual({ bytes: text, removed: false, kind: 'unchecked' });
    expect(metadataStatus(result)).toBe('unchecked');
  });
});
