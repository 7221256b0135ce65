import { describe, expect, it } from 'vitest';
import { showName, showText } from './contentLanguage';

describe('content a user entered, shown in the reader’s language or said to be in another', () => {
  const texts = { en: 'Parliament', fr: 'Parlement', ar: 'البرلمان' };

  it("takes the reader's language when there is one", () => {
    expect(showText(texts, 'ar', 'fr')).toEqual({ text: 'البرلمان', language: null });
  });

  it("falls back to the workspace's default language, not blindly to English, and names it", () => {
    expect(showText(texts, 'pt', 'fr')).toEqual({ text: 'Parlement', language: 'fr' });
    expect(showText({ en: 'Parliament', es: '  ' }, 'es', 'pt')).toEqual({
      text: 'Parliament',
      language: 'en',
    });
    expect(showText({ fr: 'Seulement en français' }, 'ar', 'es')).toEqual({
      text: 'Seulement en français',
      language: 'fr',
    });
    expect(showText(null, 'en', 'fr')).toEqual({ text: '', language: null });
  });

  it('shows a registered name as in the workspace language when it has no translation', () => {
    const actor = { name: 'Police nationale', nameTranslations: { ar: 'الشرطة الوطنية' } };
    expect(showName(actor, 'ar', 'fr')).toEqual({ text: 'الشرطة الوطنية', language: null });
    expect(showName(actor, 'es', 'fr')).toEqual({ text: 'Police nationale', language: 'fr' });
    expect(showName(actor, 'fr', 'fr')).toEqual({ text: 'Police nationale', language: null });
    expect(showName({ name: 'KNP' }, 'es', undefined)).toEqual({ text: 'KNP', language: null });
  });
});
