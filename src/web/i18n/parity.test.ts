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

  it('every literal t(...) key of a page with one namespace exists in English', () => {
    const missing: string[] = [];
    let checked = 0;
    for (const file of sourceFiles(join(__dirname, '..'))) {
      const source = readFileSync(file, 'utf8');
      const used = new Set(
        [...source.matchAll(/useTranslation\(\s*(?:'([\w-]+)')?\s*\)/g)].map((m) => m[1] ?? 'translation'),
      );
      if (used.size !== 1) continue;
      const [namespace] = used;
      const keys = messageShape(namespaces.get(namespace) ? english(namespace) : {}).keys;
      for (const match of source.matchAll(/\bt\(\s*'([a-zA-Z][\w.]*)'\s*[,)]/g)) {
        checked++;
        if (!keys.has(match[1]))
          missing.push(`${file.slice(__dirname.length - 7)}: ${namespace}:${match[1]}`);
      }
    }
    expect(checked).toBeGreaterThan(500);
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
