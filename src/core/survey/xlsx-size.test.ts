import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { expandedXlsxBytes } from './xlsx-size';

describe('the unpacked size of a workbook', () => {
  it('is read from the zip directory, whatever the compression', () => {
    const zip = zipSync({ 'xl/sharedStrings.xml': new Uint8Array(1_000_000), 'a.xml': new Uint8Array(24) });
    expect(zip.length).toBeLessThan(10_000);
    expect(expandedXlsxBytes(zip)).toBe(1_000_024);
  });

  it('is null for bytes that are not a zip', () => {
    expect(expandedXlsxBytes(new TextEncoder().encode('type,name\ntext,q1\n'))).toBeNull();
  });
});
