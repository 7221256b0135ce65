/** Helpers for the translation tests: which keys a message file has, and its plural forms. */
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** The plural forms each language's rules ask for (CLDR), so a file missing one is caught. */
export const REQUIRED_PLURAL_FORMS: Record<string, string[]> = {
  en: ['one', 'other'],
  fr: ['one', 'many', 'other'],
  ar: ['zero', 'one', 'two', 'few', 'many', 'other'],
  es: ['one', 'many', 'other'],
  pt: ['one', 'many', 'other'],
};

function flatten(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => flatten(inner, prefix ? `${prefix}.${key}` : key));
}

/** Keys without plural suffixes, and for each plural key the forms it has. */
export function messageShape(messages: object) {
  const keys = new Set<string>();
  const forms = new Map<string, Set<string>>();
  for (const key of flatten(messages)) {
    const match = PLURAL.exec(key);
    const base = match ? key.slice(0, match.index) : key;
    keys.add(base);
    if (match) forms.set(base, (forms.get(base) ?? new Set()).add(match[1]));
  }
  return { keys, forms };
}
