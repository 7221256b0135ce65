import type { TFunction } from 'i18next';
import type { AuditReferences } from './auditApi';

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Fields whose values are codes with a translation in the default namespace, by key prefix. */
const CODE_LABELS: Record<string, (entityType: string) => string | null> = {
  role: () => 'roles.{{value}}.name',
  category: () => 'map.categories.{{value}}',
  oversightKind: () => 'map.oversightKinds.{{value}}',
  requiredOversightKinds: () => 'map.oversightKinds.{{value}}',
  level: () => 'map.levels.{{value}}',
  type: (entityType) => (entityType === 'actor_relation' ? 'map.relationTypes.{{value}}' : null),
  status: (entityType) => (entityType === 'actor_relation' ? 'map.statuses.{{value}}' : null),
};

export interface ValueContext {
  field: string;
  entityType: string;
  references: AuditReferences;
  t: TFunction;
  exists: (key: string) => boolean;
  formatNumber: (value: number) => string;
  formatDateTime: (iso: string) => string;
  /** Joins a list in the reader's language ("a, b and c", "a، b وc"). */
  formatList: (items: string[]) => string;
}

function formatText(value: string, context: ValueContext): string {
  const referenced = context.references[value];
  if (referenced) return referenced;
  const pattern = CODE_LABELS[context.field]?.(context.entityType);
  if (pattern) {
    const key = pattern.replace('{{value}}', value);
    if (context.exists(key)) return context.t(key);
  }
  if (ISO_TIME.test(value)) return context.formatDateTime(value);
  return value;
}

/** A recorded value as a reader would write it: names for ids, translated codes, yes/no, dates, lists. */
export function formatAuditValue(value: unknown, context: ValueContext): string {
  const { t } = context;
  if (value === null || value === undefined || value === '') return t('audit:value.empty');
  if (typeof value === 'boolean') return t(value ? 'audit:value.yes' : 'audit:value.no');
  if (typeof value === 'number') return context.formatNumber(value);
  if (typeof value === 'string') return formatText(value, context);
  if (Array.isArray(value)) {
    if (value.length === 0) return t('audit:value.none');
    return context.formatList(value.map((item) => formatAuditValue(item, context)));
  }
  if (typeof value === 'object') {
    const pairs = Object.entries(value as Record<string, unknown>);
    if (pairs.length === 0) return t('audit:value.none');
    return pairs
      .map(([key, item]) => `${key}: ${formatAuditValue(item, { ...context, field: key })}`)
      .join('; ');
  }
  return String(value);
}
