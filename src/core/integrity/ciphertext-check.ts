import { MIN_CIPHERTEXT_BYTES } from './intake-limits.ts';

/**
 * Checks that what the public intake receives looks encrypted: the API takes only payloads the
 * browser (or CLI) has already encrypted, so text that decodes as readable UTF-8 is refused. A real
 * ciphertext is random bytes, which are valid UTF-8 with negligible probability once longer than a
 * few bytes.
 */

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** The bytes of standard, padded base64, or null when it is not that. */
export function decodeBase64(text: string): Uint8Array | null {
  if (!BASE64.test(text)) return null;
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** How many bytes standard, padded base64 holds, or -1 when it is not that. */
export function decodedLength(text: string): number {
  if (!BASE64.test(text)) return -1;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - padding;
}

/** True when the bytes read as UTF-8 text: a sign they were never encrypted. */
export function readsAsText(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Why bytes are not an acceptable ciphertext, or null when they are. */
export function ciphertextBytesProblem(bytes: Uint8Array): string | null {
  if (bytes.length < MIN_CIPHERTEXT_BYTES)
    return `must be at least ${MIN_CIPHERTEXT_BYTES} bytes of ciphertext`;
  if (readsAsText(bytes)) return 'must be encrypted in the browser before upload';
  return null;
}

/** Why a base64 value is not an acceptable ciphertext, or null when it is. */
export function ciphertextProblem(text: string): string | null {
  const bytes = decodeBase64(text);
  if (!bytes) return 'must be base64';
  return ciphertextBytesProblem(bytes);
}
