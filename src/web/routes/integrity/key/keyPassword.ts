/** The shortest key password the pages accept: it guards every case sealed to its holder. */
export const MIN_KEY_PASSWORD = 12;

/** What is wrong with a new key password and its confirmation, as message keys; null when fine. */
export function keyPasswordProblem(password: string, confirm: string): 'tooShort' | 'mismatch' | null {
  if (password.length < MIN_KEY_PASSWORD) return 'tooShort';
  if (password !== confirm) return 'mismatch';
  return null;
}

/** Lets a spinner paint before Argon2id holds the main thread for about a second. */
export const nextPaint = () => new Promise((resolve) => setTimeout(resolve, 30));
