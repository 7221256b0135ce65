import { describe, expect, it } from 'vitest';
import { localized } from './caseLabels';

describe('localized', () => {
  const label = { en: 'Fuel theft', fr: 'Vol de carburant', ar: '' };
  it.each([
    ['fr', 'Vol de carburant'],
    ['fr-CA', 'Vol de carburant'],
    // an empty translation falls back to English, as does a language the text lacks
    ['ar', 'Fuel theft'],
    ['pt', 'Fuel theft'],
    ['en', 'Fuel theft'],
  ])('in %s gives %s', (language, expected) => {
    expect(localized(label, language)).toBe(expected);
  });

  it('gives an empty text for no text', () => {
    expect(localized(undefined, 'en')).toBe('');
  });
});
