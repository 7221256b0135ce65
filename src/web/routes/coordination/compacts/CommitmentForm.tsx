import { Alert, Button, Group, SegmentedControl, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMITMENT_STATUSES } from '../../../../core/coordination/compacts';
import { fieldErrorOf } from '../../../app/errors';
import { useErrorText } from '../../assess/useErrorText';
import type { Commitment, CommitmentInput } from '../coordinationApi';
import type { Choice } from '../mechanisms/MechanismForm';

const FIELDS = [
  'party',
  'actorId',
  'funderId',
  'commitment',
  'benchmark',
  'dueDate',
  'status',
  'evidence',
] as const;

/** A mutual commitment: who (an institution or a donor), what, by when, the benchmark, status and evidence. */
export function CommitmentForm(props: {
  commitment: Commitment | null;
  institutions: Choice[];
  funders: Choice[];
  busy: boolean;
  error: unknown;
  onSubmit: (input: CommitmentInput) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('coordination');
  const errorMessage = useErrorText();
  const c = props.commitment;
  const [party, setParty] = useState<CommitmentInput['party']>(c?.party ?? 'government');
  const [actorId, setActorId] = useState<string | null>(c?.actorId ?? null);
  const [funderId, setFunderId] = useState<string | null>(c?.funderId ?? null);
  const [text, setText] = useState(c?.commitment ?? '');
  const [benchmark, setBenchmark] = useState(c?.benchmark ?? '');
  const [dueDate, setDueDate] = useState(c?.dueDate ?? '');
  const [status, setStatus] = useState<string>(c?.status ?? 'pending');
  const [evidence, setEvidence] = useState(c?.evidence ?? '');
  const fieldError = fieldErrorOf(props.error, FIELDS);
  const errorOf = (field: (typeof FIELDS)[number]) =>
    fieldError?.field === field ? fieldError.message : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim() || !dueDate) return;
    props.onSubmit({
      party,
      actorId: party === 'government' ? actorId : null,
      funderId: party === 'donor' ? funderId : null,
      commitment: text.trim(),
      benchmark: benchmark.trim() || null,
      dueDate,
      status: status as CommitmentInput['status'],
      evidence: evidence.trim() || null,
    });
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <SegmentedControl
          value={party}
          onChange={(value) => setParty(value as CommitmentInput['party'])}
          data={[
            { value: 'government', label: t('party.government') },
            { value: 'donor', label: t('party.donor') },
          ]}
        />
        {party === 'government' ? (
          <Select
            label={t('commitments.institution')}
            data={props.institutions.map((x) => ({ value: x.id, label: x.name }))}
            value={actorId}
            onChange={setActorId}
            clearable
            searchable
            error={errorOf('actorId')}
          />
        ) : (
          <Select
            label={t('commitments.funder')}
            data={props.funders.map((x) => ({ value: x.id, label: x.name }))}
            value={funderId}
            onChange={setFunderId}
            clearable
            searchable
            error={errorOf('funderId')}
          />
        )}
        <Textarea
          label={t('commitments.commitment')}
          required
          autosize
          minRows={2}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={errorOf('commitment')}
        />
        <TextInput
          label={t('commitments.benchmark')}
          value={benchmark}
          onChange={(e) => setBenchmark(e.currentTarget.value)}
          error={errorOf('benchmark')}
        />
        <TextInput
          type="date"
          label={t('commitments.dueDate')}
          required
          value={dueDate}
          onChange={(e) => setDueDate(e.currentTarget.value)}
          error={errorOf('dueDate')}
        />
        <Select
          label={t('commitments.status')}
          data={COMMITMENT_STATUSES.map((value) => ({ value, label: t(`commitmentStatus.${value}`) }))}
          value={status}
          onChange={(value) => value && setStatus(value)}
          allowDeselect={false}
          data-testid="commitment-status"
        />
        <Textarea
          label={t('commitments.evidence')}
          autosize
          minRows={2}
          value={evidence}
          onChange={(e) => setEvidence(e.currentTarget.value)}
          error={errorOf('evidence')}
        />
        {props.error != null && !fieldError && <Alert color="red">{errorMessage(props.error)}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            {t('cancel')}
          </Button>
          <Button type="submit" loading={props.busy}>
            {t('save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
