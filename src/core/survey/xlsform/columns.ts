import { DEFAULT_LANGUAGE_KEY, type FormLanguage } from '../types';

/** Columns that may carry a language suffix (`label::French (fr)`). */
export const TRANSLATABLE_COLUMNS = ['label', 'hint', 'constraint_message', 'required_message'] as const;
export type TranslatableColumn = (typeof TRANSLATABLE_COLUMNS)[number];

export const SURVEY_COLUMNS = [
  'type',
  'name',
  ...TRANSLATABLE_COLUMNS,
  'relevant',
  'constraint',
  'required',
  'calculation',
  'default',
  'choice_filter',
  'appearance',
  'read_only',
  'parameters',
  'repeat_count',
] as const;

/** Columns XLSForm tools know that Custodes does not use: listed as warnings, never refused. */
const UNSUPPORTED_COLUMNS = new Set([
  'image',
  'audio',
  'video',
  'big-image',
  'media',
  'trigger',
  'guidance_hint',
  'autoplay',
  'instance_name',
  'body',
  'bind',
  'instance',
  'save_to',
]);

const ALIASES: Record<string, string> = {
  'constraint message': 'constraint_message',
  'jr:constraintmsg': 'constraint_message',
  'required message': 'required_message',
  'jr:requiredmsg': 'required_message',
  requiredmsg: 'required_message',
  constraintmsg: 'constraint_message',
  // pyxform's older `bind:` and `control:` spellings
  'bind:constraint': 'constraint',
  'bind:jr:constraintmsg': 'constraint_message',
  'bind:required': 'required',
  'bind:jr:requiredmsg': 'required_message',
  'bind:relevant': 'relevant',
  'bind:readonly': 'read_only',
  'bind:calculate': 'calculation',
  'control:appearance': 'appearance',
  'choice filter': 'choice_filter',
  'repeat count': 'repeat_count',
  'jr:count': 'repeat_count',
  'read only': 'read_only',
  readonly: 'read_only',
  'list name': 'list_name',
  'form title': 'form_title',
  'form id': 'form_id',
  'default language': 'default_language',
  caption: 'label',
  calculate: 'calculation',
};

export interface ColumnKey {
  /** The column without its language suffix, lower-cased and with aliases resolved (`constraint_message`). */
  column: string;
  /** The language as written after `::` (or pyxform's older single `:`), or null for none. */
  language: string | null;
  /** A known media or tool-specific column Custodes ignores. */
  unsupported: boolean;
}

/** `LABEL::French (fr)` → `{ column: 'label', language: 'French (fr)' }`; `constraint message` → `constraint_message`. */
export function columnKey(header: string): ColumnKey {
  const trimmed = header.trim();
  const doubleColon = trimmed.indexOf('::');
  let base = trimmed;
  let language: string | null = null;
  if (doubleColon >= 0) {
    base = trimmed.slice(0, doubleColon);
    language = trimmed.slice(doubleColon + 2).trim();
  } else {
    const single =
      /^(label|hint|constraint[_ ]message|required[_ ]message|text|image|audio|video):(.+)$/i.exec(trimmed);
    if (single?.[1] && single[2]) {
      base = single[1];
      language = single[2].trim();
    }
  }
  const lower = base.trim().toLowerCase().replace(/\s+/g, ' ');
  const column = ALIASES[lower] ?? lower;
  const unsupported = UNSUPPORTED_COLUMNS.has(column) || (language !== null && !isTranslatable(column));
  return { column, language: language === '' ? null : language, unsupported };
}

export function isTranslatable(column: string): column is TranslatableColumn {
  return (TRANSLATABLE_COLUMNS as readonly string[]).includes(column);
}

/** `French (fr)` → `fr`; `French` → `French`. */
export function languageKeyOf(name: string): string {
  const code = /\(([^()]+)\)\s*$/.exec(name);
  return code?.[1]?.trim() || name.trim();
}

export function formLanguage(name: string | null): FormLanguage {
  return name === null
    ? { key: DEFAULT_LANGUAGE_KEY, name: DEFAULT_LANGUAGE_KEY }
    : { key: languageKeyOf(name), name };
}
