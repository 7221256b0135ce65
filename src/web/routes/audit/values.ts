import type { TFunction } from 'i18next';
import type { AuditReferences } from './auditApi';

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * Where a field's code values are translated (`{{value}}` is the code), by entity type where one field
 * name means different things: the status of a relation, of a plan item, of a risk…
 */
const BY_ENTITY: Record<string, Record<string, string>> = {
  actor_relation: { type: 'map.relationTypes', status: 'map.statuses' },
  plan_item: { status: 'portfolio:status', kind: 'portfolio:kind', phase: 'portfolio:phase' },
  plan: { status: 'plan:status' },
  risk: { status: 'portfolio:riskStatus', category: 'portfolio:riskCategory' },
  assessment: { status: 'assess:status' },
  need: { status: 'assess:needStatus' },
  consultation: { format: 'assess:format' },
  funder: { type: 'finance:funderType' },
  funding_flow: { kind: 'finance:flowKind' },
  coordination_mechanism: { kind: 'coordination:kinds' },
  coordination_action: { status: 'coordination:actionStatus' },
  compact_commitment: { status: 'coordination:commitmentStatus', party: 'coordination:party' },
  monitoring_data_element: {
    valueType: 'monitoringSetup:valueType',
    aggregation: 'monitoringSetup:aggregation',
  },
  monitoring_data_set: { periodType: 'monitoringSetup:periodType' },
  monitoring_flag: { decision: 'monitoringReview:decision', status: 'monitoringReview:status' },
};
const ANY_ENTITY: Record<string, string> = {
  role: 'roles.{{value}}.name',
  category: 'map.categories',
  oversightKind: 'map.oversightKinds',
  requiredOversightKinds: 'map.oversightKinds',
  level: 'map.levels',
  leadSide: 'assess:side',
  side: 'assess:side',
  teamRole: 'assess:teamRole',
  confidence: 'assess:confidence',
  sourceType: 'assess:source',
};

/** The message namespaces the value translations above live in, fetched wherever values are shown. */
export const AUDIT_VALUE_NAMESPACES = [
  ...new Set(
    [...Object.values(BY_ENTITY).flatMap((fields) => Object.values(fields)), ...Object.values(ANY_ENTITY)]
      .filter((base) => base.includes(':'))
      .map((base) => base.slice(0, base.indexOf(':'))),
  ),
];

function codeKey(field: string, entityType: string, value: string): string | null {
  const base = BY_ENTITY[entityType]?.[field] ?? ANY_ENTITY[field];
  if (!base) return null;
  return base.includes('{{value}}') ? base.replace('{{value}}', value) : `${base}.${value}`;
}

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
  const key = codeKey(context.field, context.entityType, value);
  if (key && context.exists(key)) return context.t(key);
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
