import { describe, expect, it } from 'vitest';
import { defaultSettings, settingsToSave } from './settingsForm';

describe('settingsToSave', () => {
  it('drops empty translations and labels of built-in types, and options of non-choice questions', () => {
    const saved = settingsToSave({
      ...defaultSettings(),
      name: { en: ' Line ', fr: ' ', ar: 'خط' },
      reportTypes: [
        { code: 'other', label: { en: 'ignored' } },
        { code: 'ghost-units', label: { en: 'Ghost units', pt: '' } },
      ],
      questions: [
        {
          id: 'q',
          kind: 'text',
          label: { en: 'Q', es: '' },
          required: false,
          options: [{ value: 'x', label: { en: 'X' } }],
        },
      ],
    });
    expect(saved.name).toEqual({ en: 'Line', ar: 'خط' });
    expect(saved.reportTypes).toEqual([
      { code: 'other' },
      { code: 'ghost-units', label: { en: 'Ghost units' } },
    ]);
    expect(saved.questions[0]).toEqual({
      id: 'q',
      kind: 'text',
      label: { en: 'Q' },
      required: false,
      options: undefined,
    });
  });
});
