import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REQUIRED_PLURAL_FORMS as REQUIRED_FORMS, messageShape as shape } from '../../i18n/message-shape.ts';
import ar from '../../i18n/plan/ar.json';
import en from '../../i18n/plan/en.json';
import fr from '../../i18n/plan/fr.json';

describe('plan translations', () => {
  const english = shape(en);

  it.each(Object.entries({ fr, ar }))(
    '%s has the English keys, with its own plural forms',
    (lang, messages) => {
      const { keys, forms } = shape(messages);
      expect([...keys].sort()).toEqual([...english.keys].sort());
      for (const [base, present] of forms)
        for (const form of REQUIRED_FORMS[lang]) expect(present.has(form), `${base}_${form}`).toBe(true);
    },
  );

  it('contain every literal key the plan page, Gantt and optimiser use', () => {
    const folders = ['.', 'gantt', 'optimise'].map((name) => join(__dirname, name));
    const used = new Set<string>();
    for (const folder of folders)
      for (const file of readdirSync(folder).filter((name) => name.endsWith('.tsx'))) {
        const source = readFileSync(join(folder, file), 'utf8');
        if (!source.includes("useTranslation('plan')")) continue;
        for (const match of source.matchAll(/\bt\(\s*'([a-zA-Z][\w.]*)'/g)) used.add(match[1]);
      }
    expect(used.size).toBeGreaterThan(80);
    expect([...used].filter((key) => !english.keys.has(key))).toEqual([]);
  });
});
