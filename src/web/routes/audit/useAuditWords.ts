import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatList, formatNumber } from '../../app/format';
import type { AuditEntry, AuditReferences } from './auditApi';
import { describeEntry } from './describe';
import { formatAuditValue } from './values';

/** Keeps a name in its own direction inside a sentence of the other direction. */
const isolate = (value: string) => `\u2068${value}\u2069`;

/** The log in the reader's language: each entry as a sentence, field names and values readable. */
export function useAuditWords(references: AuditReferences) {
  const { t, i18n } = useTranslation('audit');
  const { t: tRoot } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const exists = (key: string) => i18n.exists(key);
    const code = (key: string, fallback: string) => (exists(key) ? tRoot(key) : fallback);
    const entityName = (entry: AuditEntry) =>
      entry.entity ? entry.entity.nameTranslations[language] || entry.entity.name : t('unnamed');
    const entityType = (type: string) => code(`audit:entityType.${type}`, type);
    return {
      entityType,
      sentence(entry: AuditEntry): string {
        const who = entry.actor ? entry.actor.name || t('who.former') : t('who.system');
        const { key, params, codes } = describeEntry(entry, isolate(entityName(entry)), references);
        const translated: Record<string, string> = {};
        for (const [param, value] of Object.entries(codes)) {
          translated[param] = param === 'entityType' ? entityType(value) : code(`roles.${value}.name`, value);
        }
        return t(key, { ...params, ...translated, who: isolate(who) });
      },
      field: (field: string) => code(`audit:field.${field}`, field),
      fields: (fields: string[]) => formatList(fields.map((field) => code(`audit:field.${field}`, field))),
      value: (entry: AuditEntry, field: string, value: unknown) =>
        formatAuditValue(value, {
          field,
          entityType: entry.entityType,
          references,
          t: tRoot,
          exists,
          formatNumber,
          formatDateTime,
          formatList,
        }),
    };
  }, [t, tRoot, i18n, language, references]);
}

export type AuditWords = ReturnType<typeof useAuditWords>;
