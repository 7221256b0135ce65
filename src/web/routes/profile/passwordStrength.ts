import { MIN_PASSWORD_LENGTH } from '../../../core/access/password-length';

export type PasswordStrength = 'tooShort' | 'weak' | 'fair' | 'strong';

/**
 * A rough guide while typing, from length and the kinds of characters used; the server's refusal
 * of common passwords is what counts.
 */
export function passwordStrength(password: string): { level: PasswordStrength; score: number } {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return { level: 'tooShort', score: Math.round((password.length / MIN_PASSWORD_LENGTH) * 25) };
  }
  const kinds = [/\p{Ll}/u, /\p{Lu}/u, /\p{N}/u, /[^\p{L}\p{N}]/u].filter((kind) =>
    kind.test(password),
  ).length;
  const points = kinds + (password.length >= 14 ? 1 : 0) + (password.length >= 20 ? 1 : 0);
  if (points >= 4) return { level: 'strong', score: 100 };
  if (points >= 3) return { level: 'fair', score: 70 };
  return { level: 'weak', score: 40 };
}
