import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_STATUSES,
  CAPACITY_PERIODS,
  ITEM_KINDS,
  LIMIT_KINDS,
  PHASES,
  RESOURCE_KINDS,
  RISK_CATEGORIES,
  RISK_STATUSES,
} from '../../../../core/planning/portfolio';
import {
  REQUIRED_PLURAL_FORMS as REQUIRED_FORMS,
  messageShape as shape,
} from '../../../i18n/message-shape.ts';
import ar from '../../../i18n/portfolio/ar.json';
import en from '../../../i18n/portfolio/en.json';
import fr from '../../../i18n/portfolio/fr.json';

const languages = { en, fr, ar };

describe('portfolio translations', () => {
  const english = shape(en);

  it('have the same keys in every language, with each language’s plural forms', () => {
    for (const [lang, messages] of Object.entries(languages)) {
      const { keys, forms } = shape(messages);
      expect([...keys].sort(), lang).toEqual([...english.keys].sort());
      for (const [base, present] of forms)
        for (const form of REQUIRED_FORMS[lang])
          expect(present.has(form), `${lang} ${base}_${form}`).toBe(true);
      expect([...forms.keys()].sort(), lang).toEqual([...english.forms.keys()].sort());
    }
  });

  it('cover every code of the plan vocabularies', () => {
    const groups: [string, readonly string[]][] = [
      ['kind', ITEM_KINDS],
      ['phase', PHASES],
      ['resourceKind', RESOURCE_KINDS],
      ['limitKind', LIMIT_KINDS],
      ['period', CAPACITY_PERIODS],
      ['status', ACTIVITY_STATUSES],
      ['riskCategory', RISK_CATEGORIES],
      ['riskStatus', RISK_STATUSES],
      ['rating', ['low', 'medium', 'high', 'critical']],
      ['rag', ['green', 'amber', 'red', 'grey']],
      ['tracking.total', ['green', 'amber', 'red', 'grey']],
      ['principle', Array.from({ length: 15 }, (_, i) => `p${i + 1}`)],
      ['item.new', ITEM_KINDS],
      ['deps', ['predFS', 'predSS', 'succFS', 'succSS', 'predFSLag', 'predSSLag', 'succFSLag', 'succSSLag']],
    ];
    for (const [group, codes] of groups)
      for (const code of codes) expect(english.keys.has(`${group}.${code}`), `${group}.${code}`).toBe(true);
  });

  it('contain every literal key the Plan tabs use', () => {
    const folders = ['portfolio', 'scenarios', 'tracking', 'risks'].map((name) =>
      join(__dirname, '..', name),
    );
    const used = new Set<string>();
    for (const folder of folders)
      for (const file of readdirSync(folder).filter((name) => name.endsWith('.tsx'))) {
        const source = readFileSync(join(folder, file), 'utf8');
        for (const match of source.matchAll(/\bt\(\s*'([a-zA-Z][\w.]*)'/g)) used.add(match[1]);
      }
    expect(used.size).toBeGreaterThan(100);
    const missing = [...used].filter((key) => !english.keys.has(key));
    expect(missing).toEqual([]);
  });
});
