import type { ComboboxItem, ComboboxItemGroup } from '@mantine/core';
import { DESCRIBED_ACTIONS } from './describe';

/** Entity types a workspace's log holds; new modules add theirs here (and to audit:entityType and audit:entityTypeName). */
export const WORKSPACE_ENTITY_TYPES = [
  'workspace',
  'member',
  'invitation',
  'oversight_note',
  'actor',
  'actor_relation',
  'assessment',
  'framework',
  'consultation',
  'need',
  'swot_entry',
  'plan',
  'plan_item',
  'plan_dependency',
  'plan_resource',
  'risk',
  'iati_import',
  'iati_activity',
  'finance_settings',
  'budget_line',
  'macro_year',
  'exchange_rate',
  'funder',
  'funding_flow',
  'finance_scenario',
  'coordination_mechanism',
  'coordination_meeting',
  'coordination_action',
  'compact_commitment',
  'monitoring_result',
  'monitoring_indicator',
  'monitoring_target',
  'monitoring_data_values',
  'monitoring_flag',
  'monitoring_org_unit',
  'monitoring_category',
  'monitoring_data_element',
  'monitoring_data_set',
  'monitoring_dashboard',
  'monitoring_chart',
  'monitoring_analytics',
  'survey',
  'survey_responses',
  'integrity_channel',
  'integrity_recipient',
  'integrity_case',
  'audit_chain',
] as const;

/** Actions named after something other than the entity type they are recorded on. */
const ENTITY_OF_PREFIX: Record<string, string> = { swot: 'swot_entry', audit: 'audit_chain' };
/** Actions of one prefix recorded on different entity types. */
const ENTITY_OF_ACTION: Record<string, string> = {
  'iati.import': 'iati_import',
  'iati.match': 'iati_activity',
  'finance.scenario.create': 'finance_scenario',
  'finance.scenario.update': 'finance_scenario',
  'finance.scenario.delete': 'finance_scenario',
  'integrity.channel.created': 'integrity_channel',
  'integrity.channel.updated': 'integrity_channel',
  'integrity.keys.rewrapped': 'integrity_channel',
  'integrity.recipient.added': 'integrity_recipient',
  'integrity.recipient.removed': 'integrity_recipient',
  'integrity.key.created': 'integrity_recipient',
  'integrity.key.changed': 'integrity_recipient',
  'integrity.report.received': 'integrity_case',
  'integrity.message.received': 'integrity_case',
  'integrity.case.viewed': 'integrity_case',
  'integrity.case.file_downloaded': 'integrity_case',
  'integrity.case.triaged': 'integrity_case',
  'integrity.case.status_changed': 'integrity_case',
  'integrity.case.assigned': 'integrity_case',
  'integrity.case.updated': 'integrity_case',
  'integrity.case.message_sent': 'integrity_case',
  'integrity.case.note_added': 'integrity_case',
  'integrity.case.purged': 'integrity_case',
  'integrity.identity.requested': 'integrity_case',
  'integrity.identity.approved': 'integrity_case',
  'integrity.identity.refused': 'integrity_case',
};

/** The entity type an action is recorded on: `plan_item.update` → `plan_item`, `swot.create` → `swot_entry`. */
export function actionEntityType(action: string): string {
  if (action in ENTITY_OF_ACTION) return ENTITY_OF_ACTION[action];
  const prefix = action.slice(0, action.indexOf('.'));
  return ENTITY_OF_PREFIX[prefix] ?? prefix;
}

/** `audit:actionName.<action>`: the short name of an action, e.g. "Member role changed". */
export const actionNameKey = (action: string) => `actionName.${action}`;

type Translate = (key: string) => string;

/** Entity types by their translated name. */
export function entityTypeOptions(t: Translate) {
  return WORKSPACE_ENTITY_TYPES.map((type) => ({ value: type, label: t(`entityTypeName.${type}`) }));
}

/**
 * The actions a workspace's log can hold, grouped by entity type, each by its translated name; the value stays the
 * action code the API filters on. Account and API-token actions go to the system chain, so they are left out.
 */
export function actionOptions(t: Translate): ComboboxItemGroup<ComboboxItem, string>[] {
  return WORKSPACE_ENTITY_TYPES.map((type) => ({
    group: t(`entityTypeName.${type}`),
    items: DESCRIBED_ACTIONS.filter((action) => actionEntityType(action) === type).map((action) => ({
      value: action,
      label: t(actionNameKey(action)),
    })),
  })).filter((group) => group.items.length > 0);
}
