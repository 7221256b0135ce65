import { DEFAULT_LANGUAGE_KEY, type FormLanguage } from '../types';
import { columnKey, formLanguage, isTranslatable } from './columns';
import type { XlsFormSheet } from './sheets';

/** The languages met in the form's columns, in the order met. */
export class LanguageSet {
  private readonly byKey = new Map<string, FormLanguage>();

  /** Registers the language of a column (null for an unsuffixed one) and returns its key. */
  add(name: string | null): string {
    const language = formLanguage(name);
    if (!this.byKey.has(language.key)) this.byKey.set(language.key, language);
    return language.key;
  }

  /** Registers, in column order, the languages of a sheet's text columns that hold any text. */
  addUsedIn(sheet: XlsFormSheet): void {
    for (const header of sheet.header) {
      const key = columnKey(header);
      if (!isTranslatable(key.column) || key.unsupported) continue;
      if (sheet.rows.some((row) => (row.cells[header] ?? '').trim() !== '')) this.add(key.language);
    }
  }

  /**
   * The form's languages and its default one. `settings.default_language` names a language by key or
   * name; when it names none of the suffixed ones, it is the language of the unsuffixed columns (as in
   * pyxform), so it names the `default` language.
   */
  resolve(defaultLanguage: string | null): {
    languages: FormLanguage[];
    defaultLanguage: string;
    unmatched: boolean;
  } {
    const languages = [...this.byKey.values()];
    if (languages.length === 0) languages.push(formLanguage(null));
    const wanted = defaultLanguage?.trim().toLowerCase() ?? '';
    if (wanted !== '') {
      const match = languages.find(
        (language) => language.key.toLowerCase() === wanted || language.name.toLowerCase() === wanted,
      );
      if (match) return { languages, defaultLanguage: match.key, unmatched: false };
      const unsuffixed = languages.find((language) => language.key === DEFAULT_LANGUAGE_KEY);
      if (unsuffixed) {
        unsuffixed.name = defaultLanguage?.trim() ?? unsuffixed.name;
        return { languages, defaultLanguage: DEFAULT_LANGUAGE_KEY, unmatched: false };
      }
    }
    const fallback = languages.find((language) => language.key === DEFAULT_LANGUAGE_KEY) ?? languages[0];
    return { languages, defaultLanguage: fallback?.key ?? DEFAULT_LANGUAGE_KEY, unmatched: wanted !== '' };
  }
}
