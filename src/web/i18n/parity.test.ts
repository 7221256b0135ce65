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
} from '../../core/planning/portfolio';
import { UI_LANGUAGES } from './languages';
import {
  embeddedParts,
  flattenMessages,
  messageFiles,
  messageShape,
  requiredPluralForms,
} from './message-shape';

const namespaces = messageFiles(__dirname);
const languages = UI_LANGUAGES.map((language) => language.code);
const cases = [...namespaces.keys()].flatMap((namespace) =>
  languages.map((language) => [namespace, language] as const),
);

const englishKeys = new Map(
  [...namespaces].map(([namespace, files]) => [namespace, messageShape(files.get('en') ?? {}).keys]),
);

function english(namespace: string): object {
  const messages = namespaces.get(namespace)?.get('en');
  if (!messages) throw new Error(`${namespace} has no English file`);
  return messages;
}

describe('message files', () => {
  it('exist for the default namespace and the namespaces the pages use', () => {
    expect([...namespaces.keys()]).toEqual(
      expect.arrayContaining(['translation', 'assess', 'plan', 'portfolio']),
    );
  });

  it.each(cases)('%s/%s exists, with the English keys in the same order', (namespace, language) => {
    const messages = namespaces.get(namespace)?.get(language);
    expect(messages, `${namespace}/${language}.json`).toBeDefined();
    const strip = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
    const order = (tree: object) => [...new Set(flattenMessages(tree).map(([key]) => strip(key)))];
    expect(order(messages ?? {})).toEqual(order(english(namespace)));
  });

  it.each(cases)('%s/%s has no empty or non-text message', (namespace, language) => {
    const bad = flattenMessages(namespaces.get(namespace)?.get(language) ?? {}).filter(
      ([, value]) => typeof value !== 'string' || value.trim() === '',
    );
    expect(bad.map(([key]) => key)).toEqual([]);
  });

  it.each(cases)('%s/%s gives each plural exactly its language’s forms', (namespace, language) => {
    const { forms } = messageShape(namespaces.get(namespace)?.get(language) ?? {});
    const expected = requiredPluralForms(language);
    expect([...forms.keys()].sort()).toEqual([...messageShape(english(namespace)).forms.keys()].sort());
    const wrong = [...forms]
      .filter(([, present]) => [...present].sort().join() !== expected.join())
      .map(([base, present]) => `${base}: ${[...present].sort().join()}`);
    expect(wrong).toEqual([]);
  });

  it.each(cases)('%s/%s keeps the placeholders, nestings and tags of English', (namespace, language) => {
    const reference = embeddedParts(english(namespace));
    const parts = embeddedParts(namespaces.get(namespace)?.get(language) ?? {});
    const differing = [...reference]
      .filter(([key, expected]) => parts.has(key) && parts.get(key)?.join() !== expected.join())
      .map(([key, expected]) => `${key}: ${parts.get(key)?.join(' ')} (English: ${expected.join(' ')})`);
    expect(differing).toEqual([]);
  });

  it('the plural rules ask for the forms the app was written for', () => {
    expect(requiredPluralForms('en')).toEqual(['one', 'other']);
    expect(requiredPluralForms('fr')).toEqual(['many', 'one', 'other']);
    expect(requiredPluralForms('ar')).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    expect(requiredPluralForms('es')).toEqual(['many', 'one', 'other']);
    expect(requiredPluralForms('pt')).toEqual(['many', 'one', 'other']);
  });
});

describe('message keys the code asks for', () => {
  const sourceFiles = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return sourceFiles(path);
      return entry.name.endsWith('.tsx') ? [path] : [];
    });

  it('every literal key a page asks for exists in the English file of its namespace', () => {
    const missing: string[] = [];
    const checked = new Map<string, number>();
    for (const file of sourceFiles(join(__dirname, '..'))) {
      const source = readFileSync(file, 'utf8');
      // `const { t } = useTranslation('plan')`, `const { t: tc } = useTranslation()`: each function's namespaces
      const bound = new Map<string, string[]>();
      const hooks = source.matchAll(
        /\{\s*t(?:\s*:\s*(\w+))?[^}]*\}\s*=\s*useTranslation\(\s*(?:'([\w-]+)')?\s*\)/g,
      );
      for (const [, name = 't', namespace = 'translation'] of hooks)
        bound.set(name, [...(bound.get(name) ?? []), namespace]);
      for (const [name, spaces] of bound) {
        const calls = new RegExp(`(?<![\\w.])${name}\\(\\s*'([a-zA-Z][\\w.]*)'\\s*[,)]`, 'g');
        for (const [, key] of source.matchAll(calls)) {
          for (const namespace of spaces) checked.set(namespace, (checked.get(namespace) ?? 0) + 1);
          const found = spaces.some((namespace) => englishKeys.get(namespace)?.has(key));
          if (!found) missing.push(`${file.slice(file.indexOf('src/web'))}: ${spaces.join('|')}:${key}`);
        }
      }
    }
    // the scan must find the pages' calls, or it would pass by checking nothing
    for (const namespace of ['translation', 'assess', 'plan', 'portfolio'])
      expect(checked.get(namespace) ?? 0, namespace).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });

  it('portfolio covers every code of the plan vocabularies', () => {
    const keys = messageShape(english('portfolio')).keys;
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
    const missing = groups.flatMap(([group, codes]) =>
      codes.map((code) => `${group}.${code}`).filter((key) => !keys.has(key)),
    );
    expect(missing).toEqual([]);
  });
});
