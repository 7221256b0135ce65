import type { AuditEntry, AuditReferences } from './auditApi';

/** A sentence to translate: `audit:sentence.<action>` (or the fallback) with its parameters. */
export interface AuditSentence {
  key: string;
  params: Record<string, string | number>;
  /** Parameters that are codes to translate first (a role, an entity type), by parameter name. */
  codes: Record<string, string>;
}

/** Every action the server writes to a workspace's log (and to the system chain), as `sentence.*` keys. */
export const DESCRIBED_ACTIONS = [
  'actor.create',
  'actor.update',
  'actor.delete',
  'actor.import',
  'actor_relation.create',
  'actor_relation.update',
  'actor_relation.delete',
  'actor_relation.import',
  'api_token.create',
  'api_token.revoke',
  'assessment.create',
  'assessment.update',
  'assessment.score',
  'assessment.evidence_add',
  'assessment.evidence_remove',
  'assessment.review_comment',
  'assessment.review_resolve',
  'assessment.submit',
  'assessment.return',
  'assessment.validate',
  'assessment.publish',
  'assessment.unpublish',
  'assessment.baseline',
  'audit.checkpoint',
  'budget_line.create',
  'budget_line.update',
  'budget_line.delete',
  'budget_line.import',
  'consultation.create',
  'consultation.update',
  'consultation.delete',
  'compact_commitment.create',
  'compact_commitment.update',
  'compact_commitment.delete',
  'coordination_action.create',
  'coordination_action.update',
  'coordination_action.delete',
  'coordination_mechanism.create',
  'coordination_mechanism.update',
  'coordination_mechanism.delete',
  'coordination_meeting.create',
  'coordination_meeting.update',
  'coordination_meeting.delete',
  'exchange_rate.create',
  'exchange_rate.delete',
  'exchange_rate.import',
  'finance_settings.update',
  'finance.scenario.create',
  'finance.scenario.update',
  'finance.scenario.delete',
  'framework.create',
  'funder.create',
  'funder.update',
  'funder.delete',
  'funder.members',
  'funding_flow.create',
  'funding_flow.update',
  'funding_flow.delete',
  'iati.import',
  'iati.match',
  'integrity.channel.created',
  'integrity.channel.updated',
  'integrity.recipient.added',
  'integrity.recipient.removed',
  'integrity.key.created',
  'integrity.key.changed',
  'integrity.keys.rewrapped',
  'integrity.report.received',
  'integrity.message.received',
  'integrity.case.viewed',
  'integrity.case.file_downloaded',
  'integrity.case.triaged',
  'integrity.case.status_changed',
  'integrity.case.assigned',
  'integrity.case.updated',
  'integrity.case.message_sent',
  'integrity.case.note_added',
  'integrity.case.purged',
  'integrity.identity.requested',
  'integrity.identity.approved',
  'integrity.identity.refused',
  'invitation.create',
  'invitation.cancel',
  'invitation.accept',
  'macro_year.update',
  'macro_year.delete',
  'macro_year.import',
  'member.add',
  'member.remove',
  'member.role_change',
  'monitoring_indicator.create',
  'monitoring_indicator.update',
  'monitoring_indicator.delete',
  'monitoring_result.create',
  'monitoring_result.update',
  'monitoring_result.delete',
  'monitoring_target.create',
  'monitoring_target.update',
  'monitoring_target.delete',
  'monitoring_data_values.import',
  'monitoring_data_values.enter',
  'monitoring_org_unit.create',
  'monitoring_org_unit.update',
  'monitoring_org_unit.delete',
  'monitoring_org_unit.import',
  'monitoring_category.create',
  'monitoring_category.update',
  'monitoring_category.delete',
  'monitoring_data_element.create',
  'monitoring_data_element.update',
  'monitoring_data_element.delete',
  'monitoring_data_set.create',
  'monitoring_data_set.update',
  'monitoring_data_set.delete',
  'monitoring_dashboard.create',
  'monitoring_dashboard.update',
  'monitoring_dashboard.delete',
  'monitoring_chart.create',
  'monitoring_chart.update',
  'monitoring_chart.delete',
  'monitoring_analytics.refresh',
  'monitoring_flag.raise',
  'monitoring_flag.decide',
  'monitoring_flag.scenario',
  'monitoring_data_values.assessment_sync',
  'need.create',
  'need.update',
  'need.delete',
  'need.generate',
  'oversight_note.create',
  'oversight_note.update',
  'oversight_note.delete',
  'plan.create',
  'plan.update',
  'plan.delete',
  'plan.approve',
  'plan.scenario',
  'plan.schedule',
  'plan.optimisation.apply',
  'plan_dependency.create',
  'plan_dependency.delete',
  'plan_item.create',
  'plan_item.update',
  'plan_item.delete',
  'plan_resource.create',
  'plan_resource.update',
  'plan_resource.delete',
  'risk.create',
  'risk.update',
  'risk.delete',
  'survey.create',
  'survey.import_form',
  'survey.update',
  'survey.delete',
  'survey.replace_form',
  'survey.insert_library',
  'survey.public_link_create',
  'survey.public_link_delete',
  'survey.design',
  'survey.publish',
  'survey_responses.create',
  'survey_responses.create_public',
  'survey_responses.import',
  'survey_responses.delete',
  'survey_responses.import_undo',
  'swot.create',
  'swot.delete',
  'user.create',
  'user.update',
  'user.password_change',
  'user.server_role',
  'workspace.create',
  'workspace.update',
] as const;

const described = new Set<string>(DESCRIBED_ACTIONS);

function after(entry: AuditEntry, field: string): unknown {
  const change = entry.changes[field];
  return change ? (change.after ?? change.before) : undefined;
}

const text = (value: unknown) => (typeof value === 'string' ? value : value == null ? '' : String(value));
const number = (value: unknown) => (typeof value === 'number' ? value : 0);

/**
 * How an entry reads: `who` is filled by the caller (a name, or "the system"); `name` is the entity's name;
 * some actions add what the sentence needs (a role, a count, a file, the item's code). Actions the web does not know yet
 * fall back to a neutral sentence naming the action code.
 */
export function describeEntry(
  entry: AuditEntry,
  name: string,
  references: AuditReferences = {},
): AuditSentence {
  const params: Record<string, string | number> = { name };
  const codes: Record<string, string> = {};
  if (!described.has(entry.action)) {
    codes.entityType = entry.entityType;
    return { key: 'sentence.unknown', params: { ...params, action: entry.action }, codes };
  }
  let key = `sentence.${entry.action}`;
  switch (entry.action) {
    case 'actor.import':
    case 'actor_relation.import':
    case 'budget_line.import':
    case 'macro_year.import':
    case 'exchange_rate.import':
      params.count = number(after(entry, 'count'));
      params.file = text(after(entry, 'fileName'));
      break;
    case 'monitoring_org_unit.import':
      params.count = number(after(entry, 'created')) + number(after(entry, 'updated'));
      params.file = text(after(entry, 'fileName'));
      break;
    case 'monitoring_data_values.import':
      params.count = number(after(entry, 'count'));
      params.file = text(after(entry, 'fileName'));
      break;
    case 'monitoring_data_values.enter':
      params.count = number(after(entry, 'count'));
      params.deleted = number(after(entry, 'deleted'));
      params.dataSet = text(after(entry, 'dataSet'));
      params.orgUnit = text(after(entry, 'orgUnit'));
      params.period = text(after(entry, 'period'));
      break;
    case 'monitoring_data_values.assessment_sync':
      params.count = number(after(entry, 'count'));
      break;
    case 'survey.import_form':
    case 'survey.replace_form':
      params.file = text(after(entry, 'sourceFileName'));
      break;
    case 'survey.delete':
      params.count = number(after(entry, 'submissionCount'));
      break;
    case 'survey.insert_library':
      params.questions = text(after(entry, 'questions'));
      break;
    case 'survey.publish':
      params.indicator = text(after(entry, 'indicator'));
      params.period = text(after(entry, 'period'));
      params.orgUnit = text(after(entry, 'orgUnit'));
      params.estimate = Math.round(number(after(entry, 'estimate')) * 10) / 10;
      params.values = number(after(entry, 'dataValues'));
      break;
    case 'survey_responses.import':
      params.count = number(after(entry, 'count'));
      params.skipped = number(after(entry, 'skipped'));
      params.file = text(after(entry, 'fileName'));
      break;
    case 'survey_responses.import_undo':
      params.count = number(after(entry, 'count'));
      break;
    case 'survey_responses.delete':
      params.source = text(after(entry, 'source'));
      break;
    case 'monitoring_flag.raise':
    case 'monitoring_flag.decide':
    case 'monitoring_flag.scenario': {
      // the decision is part of the sentence, in the reader's language
      const decision = text(after(entry, 'decision'));
      if (entry.action === 'monitoring_flag.decide' && ['adjust', 'continue', 'drop'].includes(decision))
        key = `${key}_${decision}`;
      params.period = text(after(entry, 'period'));
      params.reason = text(after(entry, 'reason'));
      params.scenario = text(after(entry, 'scenarioName'));
      break;
    }
    case 'iati.import':
      params.count = number(after(entry, 'activities'));
      params.file = text(after(entry, 'fileName'));
      break;
    case 'budget_line.create':
    case 'budget_line.update':
    case 'budget_line.delete':
    case 'macro_year.update':
    case 'macro_year.delete':
      params.year = number(after(entry, 'fiscalYear'));
      break;
    case 'exchange_rate.create':
    case 'exchange_rate.delete':
      params.from = text(after(entry, 'fromCurrency'));
      params.to = text(after(entry, 'toCurrency'));
      params.date = text(after(entry, 'rateDate'));
      break;
    case 'need.generate':
      params.count = number(after(entry, 'created'));
      break;
    case 'assessment.score':
    case 'assessment.evidence_add':
    case 'assessment.evidence_remove':
    case 'assessment.review_comment': {
      const itemId = text(after(entry, 'itemId'));
      params.item = references[itemId] ?? itemId;
      break;
    }
    case 'assessment.baseline':
      key =
        after(entry, 'isBaseline') === true
          ? 'sentence.assessment.baseline_set'
          : 'sentence.assessment.baseline_unset';
      break;
    case 'funding_flow.create':
    case 'funding_flow.update':
    case 'funding_flow.delete':
      params.amount = number(after(entry, 'amount'));
      params.currency = text(after(entry, 'currency'));
      // the funder, named even once the flow is deleted
      params.funder = references[text(after(entry, 'funderId'))] ?? name;
      break;
    case 'monitoring_target.create':
    case 'monitoring_target.delete':
      // baselines and targets read differently; the indicator is named even once the target is gone
      if (after(entry, 'kind') === 'baseline') key = `${key}_baseline`;
      params.period = text(after(entry, 'period'));
      params.value = number(after(entry, 'value'));
      params.indicator = references[text(after(entry, 'indicatorId'))] ?? name;
      break;
    case 'integrity.recipient.added':
    case 'integrity.recipient.removed': {
      // the member is named by their user id's reference; the channel role picks the sentence
      params.member = references[text(after(entry, 'userId'))] ?? name;
      const role = text(after(entry, 'role'));
      if (entry.action === 'integrity.recipient.added' && (role === 'handler' || role === 'custodian'))
        key = `${key}_${role}`;
      break;
    }
    case 'integrity.keys.rewrapped':
      params.count = number(after(entry, 'count'));
      break;
    case 'integrity.report.received':
    case 'integrity.message.received':
      // a whistle-blower has no account: the case number says which report
      params.number = number(after(entry, 'number'));
      break;
    case 'integrity.case.viewed':
    case 'integrity.case.file_downloaded':
    case 'integrity.case.triaged':
    case 'integrity.case.status_changed':
    case 'integrity.case.assigned':
    case 'integrity.case.updated':
    case 'integrity.case.message_sent':
    case 'integrity.case.note_added':
    case 'integrity.case.purged':
    case 'integrity.identity.requested':
    case 'integrity.identity.approved':
    case 'integrity.identity.refused': {
      // cases are named by their number; the handler concerned by their user id's reference
      params.number = number(after(entry, 'number'));
      params.file = number(after(entry, 'file'));
      const member = text(
        entry.changes.assigneeId ? entry.changes.assigneeId.after : after(entry, 'requesterId'),
      );
      params.member = references[member] ?? member;
      if (entry.action === 'integrity.case.viewed' && after(entry, 'identityIncluded') === true)
        key = 'sentence.integrity.case.viewed_identity';
      if (entry.action === 'integrity.case.message_sent' && after(entry, 'feedback') === true)
        key = 'sentence.integrity.case.message_sent_feedback';
      if (entry.action === 'integrity.case.assigned' && !member) key = 'sentence.integrity.case.unassigned';
      break;
    }
    case 'member.add':
    case 'invitation.create':
      codes.role = text(after(entry, 'role'));
      break;
    case 'member.role_change':
      codes.from = text(entry.changes.role?.before);
      codes.to = text(entry.changes.role?.after);
      break;
  }
  return { key, params, codes };
}
