import { describe, expect, it } from 'vitest';
import { BUILT_IN_REPORT_TYPES } from '../../core/integrity/types';
import ar from '../i18n/integrityIntake/ar.json';
import en from '../i18n/integrityIntake/en.json';
import { slugFromLocation } from './api';
import { formatSize, localized, translator } from './messages';

describe('intake messages', () => {
  const t = translator(en);

  it('fills placeholders and falls back to the key when a text is missing', () => {
    expect(t('deadlines', { acknowledgeDays: 7, feedbackDays: 90 })).toBe(
      'You will get an acknowledgement within 7 days and feedback within 90 days.',
    );
    expect(t('files.remove', {})).toBe('Remove {{name}}');
    expect(t('no.such.key')).toBe('no.such.key');
    expect(t('files')).toBe('files');
  });

  it('labels every built-in report type in every language', () => {
    for (const messages of [en, ar])
      for (const code of BUILT_IN_REPORT_TYPES)
        expect(translator(messages)(`types.${code}`)).not.toBe(`types.${code}`);
  });

  it("shows a channel's own text in the chosen language, else English", () => {
    expect(localized({ en: 'Line', fr: 'Ligne' }, 'fr')).toBe('Ligne');
    expect(localized({ en: 'Line', fr: ' ' }, 'fr')).toBe('Line');
    expect(localized({ en: 'Line' }, 'ar')).toBe('Line');
  });

  it('writes sizes in the reader’s units', () => {
    expect(formatSize(10 * 1024 * 1024 - 40, 'en', t)).toBe('10 MB');
    expect(
      formatSize(
        1536,
        'fr',
        translator({ ...en, units: { megabytes: '{{value}} Mo', kilobytes: '{{value}} Ko' } }),
      ),
    ).toBe('1,5 Ko');
  });
});

describe('the slug of the intake address', () => {
  it('is read from /p/<slug>/report only', () => {
    expect(slugFromLocation('/p/demo/report')).toBe('demo');
    expect(slugFromLocation('/p/demo/report/')).toBe('demo');
    expect(slugFromLocation('/p/my%20org/report')).toBe('my org');
    expect(slugFromLocation('/w/demo')).toBe('');
  });
});
