import { unzipSync } from 'fflate';

/** More than any real XLSForm or survey export; a workbook past it is a zip bomb, not data. */
export const MAX_XLSX_EXPANDED_BYTES = 200 * 1024 * 1024;

/**
 * The size a workbook's parts take once unpacked, as its zip directory declares it, read without
 * inflating anything; null when the bytes are not a zip (the workbook reader then says so).
 */
export function expandedXlsxBytes(bytes: Uint8Array): number | null {
  let total = 0;
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        total += entry.originalSize;
        return false;
      },
    });
  } catch {
    return null;
  }
  return total;
}
