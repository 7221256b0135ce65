/** Helpers for the translation tests: which keys a message file has, its plural forms, and what each text embeds. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** The plural forms each language's rules ask for (CLDR, as the runtime's Intl knows them). */
export function requiredPluralForms(language: string): string[] {
  return [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort();
}

/** Every leaf of a message tree, as a dotted key and its value. */
export function flattenMessages(value: unknown, prefix = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [[prefix, value]];
  return Object.entries(value).flatMap(([key, inner]) =>
    flattenMessages(inner, prefix ? `${prefix}.${key}` : key),
  );
}

/** Keys without plural suffixes, and for each plural key the forms it has. */
export function messageShape(messages: object) {
  const keys = new Set<string>();
  const forms = new Map<string, Set<string>>();
  for (const [key] of flattenMessages(messages)) {
    const match = PLURAL.exec(key);
    const base = match ? key.slice(0, match.index) : key;
    keys.add(base);
    if (match) forms.set(base, (forms.get(base) ?? new Set()).add(match[1]));
  }
  return { keys, forms };
}

const EMBEDDED = [/\{\{\s*([^}]+?)\s*\}\}/g, /\$t\(([^)]*)\)/g, /<(\/?[\w-]+)\s*\/?>/g];

/**
 * For each key without its plural suffix: the placeholders, `$t(...)` nestings and tags its texts
 * carry, all plural forms together (a language may spell out "one" where English writes {{count}}
 * in one form, but not drop it from every form).
 */
export function embeddedParts(messages: object): Map<string, string[]> {
  const parts = new Map<string, Set<string>>();
  for (const [key, value] of flattenMessages(messages)) {
    const match = PLURAL.exec(key);
    const base = match ? key.slice(0, match.index) : key;
    const found = parts.get(base) ?? new Set<string>();
    for (const pattern of EMBEDDED)
      for (const hit of String(value).matchAll(pattern)) found.add(hit[0].replace(/\s+/g, ''));
    parts.set(base, found);
  }
  return new Map([...parts].map(([key, found]) => [key, [...found].sort()]));
}

/** Message files on disk: `<dir>/<lang>.json` is the `translation` namespace, `<dir>/<ns>/<lang>.json` any other. */
export function messageFiles(dir: string): Map<string, Map<string, object>> {
  const namespaces = new Map<string, Map<string, object>>();
  const read = (namespace: string, folder: string) => {
    const files = new Map<string, object>();
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.json')))
      files.set(name.slice(0, -'.json'.length), JSON.parse(readFileSync(join(folder, name), 'utf8')));
    namespaces.set(namespace, files);
  };
  read('translation', dir);
  for (const name of readdirSync(dir))
    if (statSync(join(dir, name)).isDirectory()) read(name, join(dir, name));
  return namespaces;
}
