import { extname } from 'node:path';

/** Media types of the evidence files people usually send, by extension; anything else is plain bytes. */
const TYPES_BY_EXTENSION: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.heic': 'image/heic',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.mp4': 'video/mp4',
  '.mov': 'video/quicktime',
  '.zip': 'application/zip',
};

export function guessFileType(path: string): string {
  return TYPES_BY_EXTENSION[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** A file as it is encrypted: its bytes, and whether identifying metadata was taken out. */
export interface Evidence {
  bytes: Uint8Array;
  removed: boolean;
}

/** The evidence as it will be encrypted. */
export async function prepareEvidence(bytes: Uint8Array, _type: string): Promise<Evidence> {
  return { bytes, removed: false };
}
