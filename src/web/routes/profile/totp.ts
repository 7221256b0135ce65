/** The shared secret inside an otpauth:// URI, for people who type it into their app instead of scanning. */
export function secretFromTotpUri(totpURI: string): string | null {
  try {
    return new URL(totpURI).searchParams.get('secret');
  } catch {
    return null;
  }
}

/** Groups a base32 secret in fours so it can be read aloud and typed without losing one's place. */
export function groupSecret(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}
