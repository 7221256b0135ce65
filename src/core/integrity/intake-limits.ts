/**
 * What the public intake accepts, shared by the server (which refuses more) and the intake page and
 * CLI (which say so before encrypting). Sizes are of the encrypted bytes, which are the plain bytes
 * plus 40 (nonce and tag).
 */
export const INTAKE_MAX_FILES = 5;
export const INTAKE_MAX_FILE_BYTES = 10 * 1024 * 1024;
/** The smallest ciphertext there is: a 24-byte nonce and a 16-byte tag around at least nothing. */
export const MIN_CIPHERTEXT_BYTES = 40;
/** The encrypted report content (answers, description), as base64 characters. */
export const MAX_CONTENT_CHARS = 1024 * 1024;
/** The encrypted identity (name, contact), as base64 characters. */
export const MAX_IDENTITY_CHARS = 64 * 1024;
/** A message to or from the whistle-blower, as base64 characters (64 KiB of ciphertext). */
export const MAX_MESSAGE_CHARS = Math.ceil((64 * 1024) / 3) * 4;
