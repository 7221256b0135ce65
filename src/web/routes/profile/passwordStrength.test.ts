import { describe, expect, it } from 'vitest';
import { passwordStrength } from './passwordStrength';

describe('password strength while typing', () => {
  it('rates by length first, then by length and variety', () => {
    expect(passwordStrength('short1!').level).toBe('tooShort');
    expect(passwordStrength('abcdefghij').level).toBe('weak');
    expect(passwordStrength('abcdefghij12').level).toBe('weak');
    expect(passwordStrength('abcdefgh-ij12').level).toBe('fair');
    expect(passwordStrength('Correct-horse-battery-7').level).toBe('strong');
    expect(passwordStrength('').score).toBe(0);
  });
});
