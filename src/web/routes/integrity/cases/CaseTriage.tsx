import { Alert, Button, Card, Divider, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CASE_OUTCOMES,
  CASE_PRIORITIES,
  type CaseOutcome,
  type CasePriority,
  type CaseStatus,
} from '../../../../core/integrity/types';
import type { CaseDetail, CaseRecord, CaseUpdate, useCaseWrites } from '../integrityApi';
import type { CaseLabels } from './caseLabels';
import { useErrorText } from './useErrorText';

interface Triage {
  typeCode: string | null;
  institutionId: string | null;
  priority: CasePriority | null;
  assignedTo: string | null;
  linkedReference: string;
}

const triageOf = (record: CaseRecord): Triage => ({
  typeCode: record.typeCode,
  institutionId: record.institution?.id ?? null,
  priority: record.priority,
  assignedTo: record.assignedTo?.id ?? null,
  linkedReference: record.linkedReference ?? '',
});

/** Only what the handler changed, so a save never rewrites a field someone else set meanwhile. */
function changes(before: Triage, after: Triage): CaseUpdate {
  const update: CaseUpdate = {};
  if (after.typeCode !== before.typeCode) update.typeCode = after.typeCode;
  if (after.institutionId !== before.institutionId) update.institutionId = after.institutionId;
  if (after.priority !== before.priority) update.priority = after.priority;
  if (after.assignedTo !== before.assignedTo) update.assignedTo = after.assignedTo;
  const reference = after.linkedReference.trim();
  if (reference !== before.linkedReference) update.linkedReference = reference || null;
  return update;
}

interface CaseTriageProps {
  detail: CaseDetail;
  labels: CaseLabels;
  institutions: Array<{ value: string; label: string }>;
  update: ReturnType<typeof useCaseWrites>['update'];
}

/** Classification for statistics, priority, assignment, the linked reference, and the status steps. */
export function CaseTriage({ detail, labels, institutions, update }: CaseTriageProps) {
  const { t } = useTranslation('integrity');
  const describeError = useErrorText();
  const record = detail.case;
  const [form, setForm] = useState<Triage>(() => triageOf(record));
  const [outcome, setOutcome] = useState<CaseOutcome | null>(record.outcome);
  const readOnly = record.purgedAt !== null;
  // a saved change (ours or a reload) brings a new version: start again from what is stored
  // biome-ignore lint/correctness/useExhaustiveDependencies: the version stands for the record
  useEffect(() => {
    setForm(triageOf(record));
    setOutcome(record.outcome);
  }, [record.rowVersion]);

  const pending = changes(triageOf(record), form);
  const save = (change: CaseUpdate) => update.mutate({ record, change });
  const set = <Key extends keyof Triage>(key: Key, value: Triage[Key]) => setForm({ ...form, [key]: value });
  const handlers = detail.handlers.map((handler) => ({ value: handler.userId, label: handler.name }));
  // a type the channel no longer offers stays selectable on the cases that have it
  const typeOptions = labels.typeOptions();
  if (form.typeCode && !typeOptions.some((option) => option.value === form.typeCode))
    typeOptions.push({ value: form.typeCode, label: labels.type(form.typeCode) });

  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('case.triage.title')}
        </Title>
        <StatusActions
          status={record.status}
          outcome={outcome}
          onOutcome={setOutcome}
          readOnly={readOnly}
          busy={update.isPending}
          onStatus={(status, withOutcome) =>
            save(withOutcome ? { status, outcome: withOutcome } : { status })
          }
          labels={labels}
          currentOutcome={record.outcome}
        />
        <Divider />
        <Text size="xs" c="dimmed">
          {t('case.triage.hint')}
        </Text>
        <Select
          label={t('case.triage.type')}
          data={typeOptions}
          value={form.typeCode}
          onChange={(value) => set('typeCode', value)}
          placeholder={t('types.unclassified')}
          clearable
          disabled={readOnly}
          data-testid="case-triage-type"
        />
        <Select
          label={t('case.triage.institution')}
          data={institutions}
          value={form.institutionId}
          onChange={(value) => set('institutionId', value)}
          placeholder={t('case.triage.none')}
          searchable
          clearable
          disabled={readOnly}
          nothingFoundMessage={t('case.triage.noInstitution')}
          data-testid="case-triage-institution"
        />
        <Select
          label={t('case.triage.priority')}
          data={CASE_PRIORITIES.map((priority) => ({ value: priority, label: labels.priority(priority) }))}
          value={form.priority}
          onChange={(value) => set('priority', value as CasePriority | null)}
          placeholder={t('case.triage.none')}
          clearable
          disabled={readOnly}
          data-testid="case-triage-priority"
        />
        <Select
          label={t('case.triage.assignedTo')}
          data={handlers}
          value={form.assignedTo}
          onChange={(value) => set('assignedTo', value)}
          placeholder={t('cases.unassigned')}
          clearable
          disabled={readOnly}
          data-testid="case-triage-assigned"
        />
        <TextInput
          label={t('case.triage.linkedReference')}
          description={t('case.triage.linkedReferenceHint')}
          value={form.linkedReference}
          onChange={(event) => set('linkedReference', event.currentTarget.value)}
          maxLength={200}
          disabled={readOnly}
          data-testid="case-triage-reference"
        />
        {update.isError && (
          <Alert color="red" role="alert">
            {describeError(update.error)}
          </Alert>
        )}
        {!readOnly && (
          <Group>
            <Button
              onClick={() => save(pending)}
              disabled={Object.keys(pending).length === 0}
              loading={update.isPending}
              data-testid="case-triage-save"
            >
              {t('case.triage.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

interface StatusActionsProps {
  status: CaseStatus;
  outcome: CaseOutcome | null;
  currentOutcome: CaseOutcome | null;
  onOutcome: (outcome: CaseOutcome | null) => void;
  onStatus: (status: CaseStatus, outcome?: CaseOutcome) => void;
  readOnly: boolean;
  busy: boolean;
  labels: CaseLabels;
}

/** The next step from the current status: new → acknowledged → investigating → closed, and reopen. */
function StatusActions(props: StatusActionsProps) {
  const { t } = useTranslation('integrity');
  const { status, labels } = props;
  if (props.readOnly)
    return (
      <Text size="sm" c="dimmed">
        {t('case.triage.purgedReadOnly')}
      </Text>
    );
  if (status === 'new')
    return (
      <Button
        variant="light"
        loading={props.busy}
        onClick={() => props.onStatus('acknowledged')}
        data-testid="case-acknowledge"
      >
        {t('case.triage.acknowledge')}
      </Button>
    );
  if (status === 'acknowledged')
    return (
      <Button
        variant="light"
        loading={props.busy}
        onClick={() => props.onStatus('investigating')}
        data-testid="case-investigate"
      >
        {t('case.triage.investigate')}
      </Button>
    );
  if (status === 'investigating')
    return (
      <Stack gap="xs">
        <Select
          label={t('case.triage.outcome')}
          data={CASE_OUTCOMES.map((outcome) => ({ value: outcome, label: labels.outcome(outcome) }))}
          value={props.outcome}
          onChange={(value) => props.onOutcome(value as CaseOutcome | null)}
          placeholder={t('case.triage.outcomePlaceholder')}
          data-testid="case-outcome"
        />
        <Group>
          <Button
            color="gray"
            loading={props.busy}
            disabled={!props.outcome}
            onClick={() => props.outcome && props.onStatus('closed', props.outcome)}
            data-testid="case-close"
          >
            {t('case.triage.close')}
          </Button>
        </Group>
      </Stack>
    );
  return (
    <Stack gap="xs">
      {props.currentOutcome && (
        <Text size="sm">
          {t('case.triage.closedWith', { outcome: labels.outcome(props.currentOutcome) })}
        </Text>
      )}
      <Group>
        <Button
          variant="light"
          loading={props.busy}
          onClick={() => props.onStatus('investigating')}
          data-testid="case-reopen"
        >
          {t('case.triage.reopen')}
        </Button>
      </Group>
    </Stack>
  );
}
