import { Alert, Button, Group, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../core/sector-map/limits';
import {
  isOversightKind,
  isRelationStatus,
  isRelationType,
  OVERSIGHT_KINDS,
  type RelationStatus,
} from '../../../core/sector-map/relations';
import type { Actor, Relation, RelationInput } from '../../api/sectorMap';
import { errorText, fieldErrorOf } from '../../app/errors';
import { useSectorLabels } from './useSectorLabels';

const FIELDS = ['sourceActorId', 'targetActorId', 'type', 'oversightKind', 'status', 'evidence'] as const;

interface RelationFormProps {
  initial?: Relation;
  actors: Actor[];
  submitLabel: string;
  busy: boolean;
  error: unknown;
  onSubmit: (input: RelationInput) => void;
  onCancel: () => void;
}

export function RelationForm({
  initial,
  actors,
  submitLabel,
  busy,
  error,
  onSubmit,
  onCancel,
}: RelationFormProps) {
  const { t } = useTranslation();
  const labels = useSectorLabels();
  const [source, setSource] = useState<string | null>(initial?.sourceActorId ?? null);
  const [target, setTarget] = useState<string | null>(initial?.targetActorId ?? null);
  const [type, setType] = useState<string | null>(initial?.type ?? null);
  const [kind, setKind] = useState<string | null>(initial?.oversightKind ?? null);
  const [status, setStatus] = useState<RelationStatus>(initial?.status ?? 'active');
  const [evidence, setEvidence] = useState(initial?.evidence ?? '');
  const [missing, setMissing] = useState<Record<string, boolean>>({});
  const serverField = fieldErrorOf(error, FIELDS);
  const serverError = (field: (typeof FIELDS)[number]) =>
    serverField?.field === field ? serverField.message : undefined;
  const actorOptions = actors.map((actor) => ({
    value: actor.id,
    label: actor.acronym ? `${labels.actorName(actor)} (${actor.acronym})` : labels.actorName(actor),
  }));
  const isOversight = type === 'oversight';

  function submit(event: FormEvent) {
    event.preventDefault();
    const nowMissing = {
      source: !source,
      target: !target,
      type: !type || !isRelationType(type),
      kind: isOversight && !kind,
    };
    setMissing(nowMissing);
    if (!source || !target || !type || !isRelationType(type) || nowMissing.kind) return;
    onSubmit({
      sourceActorId: source,
      targetActorId: target,
      type,
      oversightKind: isOversight && kind && isOversightKind(kind) ? kind : null,
      status,
      evidence: evidence.trim() || null,
    });
  }

  const required = (flag: string, field: (typeof FIELDS)[number]) =>
    missing[flag] ? t('common.required') : serverError(field);

  return (
    <form onSubmit={submit} noValidate data-testid="relation-form">
      <Stack gap="sm">
        {Boolean(error) && !serverField && (
          <Alert color="red" role="alert">
            {errorText(error, t)}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('map.relation.source')}
            data={actorOptions}
            value={source}
            onChange={setSource}
            error={required('source', 'sourceActorId')}
            searchable
            nothingFoundMessage={t('common.noMatch')}
            required
          />
          <Select
            label={t('map.relation.target')}
            data={actorOptions}
            value={target}
            onChange={setTarget}
            error={required('target', 'targetActorId')}
            searchable
            nothingFoundMessage={t('common.noMatch')}
            required
          />
          <Select
            label={t('map.relation.type')}
            data={labels.relationTypeOptions()}
            value={type}
            onChange={setType}
            error={required('type', 'type')}
            required
          />
          {isOversight && (
            <Select
              label={t('map.relation.oversightKind')}
              data={OVERSIGHT_KINDS.map((value) => ({ value, label: labels.oversightKind(value) }))}
              value={kind}
              onChange={setKind}
              error={required('kind', 'oversightKind')}
              required
            />
          )}
          <Select
            label={t('map.relation.status')}
            description={t('map.relation.statusHelp')}
            data={labels.statusOptions()}
            value={status}
            onChange={(value) => value && isRelationStatus(value) && setStatus(value)}
            allowDeselect={false}
          />
        </SimpleGrid>
        <Textarea
          label={t('map.relation.evidence')}
          description={t('map.relation.evidenceHelp')}
          value={evidence}
          onChange={(event) => setEvidence(event.currentTarget.value)}
          error={serverError('evidence')}
          autosize
          minRows={2}
          maxLength={TEXT_LIMITS.evidence}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
