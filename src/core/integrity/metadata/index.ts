import { isJpeg, stripJpeg } from './jpeg.ts';
import { isZip, stripOffice } from './office.ts';
import { isPdf, stripPdf } from './pdf.ts';
import { isPng, stripPng } from './png.ts';
import { type StrippedFile, unchecked } from './types.ts';

export type { MetadataKind, StrippedFile } from './types.ts';

/**
 * Removes what can identify a person from an evidence file before it is encrypted, by its content
 * (not its name): JPEG, PNG, Office Open XML (docx, xlsx, pptx) and PDF. Other files come back
 * unchanged as `unchecked`, so the whistle-blower can be told their metadata was not checked.
 */
export function stripMetadata(bytes: Uint8Array): StrippedFile {
  if (isJpeg(bytes)) return stripJpeg(bytes);
  if (isPng(bytes)) return stripPng(bytes);
  if (isZip(bytes)) return stripOffice(bytes);
  if (isPdf(bytes)) return stripPdf(bytes);
  return unchecked(bytes);
}

/** What the intake page says about a file: removed, none found, or not checked. */
export function metadataStatus(result: StrippedFile): 'removed' | 'none' | 'unchecked' {
  if (result.kind === 'unchecked') return 'unchecked';
  return result.removed ? 'removed' : 'none';
}
