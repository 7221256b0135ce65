import {
  Alert,
  Button,
  Group,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsultationFormat, ParticipantGroup } from '../../../../core/consultation/participants';
import type { Assessment, Consultation, ConsultationInput, LinkedItem } from '../../../api/assessmentTypes';
import { fieldErrorOf } from '../../../app/errors';
import { todayIsoDate } from '../../../app/format';
import { useAssessLabels } from '../useAssessLabels';
import { useErrorText } from '../useErrorText';
import { LinkedItemsField } from './LinkedItemsField';
import { ParticipantsField } from './ParticipantsField';

const FIELDS = ['heldOn', 'place', 'format', 'participants', 'topics', 'findings', 'linkedItems'] as const;
type Field = (typeof FIELDS)[number];

interface ConsultationFormProps {
  slug: string;
  initial?: Consultation;
  assessments: Assessment[];
  submitLabel: string;
  busy: boolean;
  error: unknown;
  onSubmit: (input: ConsultationInput) => void;
  onCancel: () => void;
}

export function ConsultationForm(props: ConsultationFormProps) {
  const { slug, initial, assessments, submitLabel, busy, error } = props;
  const { t } = useTranslation('assess');
  const labels = useAssessLabels();
  const errorMessage = useErrorText();
  const [heldOn, setHeldOn] = useState(initial?.heldOn ?? todayIsoDate());
  const [place, setPlace] = useState(initial?.place ?? '');
  const [format, setFormat] = useState<string | null>(initial?.format ?? 'workshop');
  const [participants, setParticipants] = useState<ParticipantGroup[]>(initial?.participants ?? []);
  const [topics, setTopics] = useState<string[]>(initial?.topics ?? []);
  const [findings, setFindings] = useState(initial?.findings ?? '');
  const [linkedItems, setLinkedItems] = useState<LinkedItem[]>(initial?.linkedItems ?? []);
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const serverField = fieldErrorOf(error, FIELDS);
  const fieldError = (field: Field) =>
    problems[field] ?? (serverField?.field === field ? serverField.message : undefined);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(heldOn)) found.heldOn = t('common.required');
    if (!place.trim()) found.place = t('common.required');
    if (topics.length === 0) found.topics = t('consultations.topicsNeeded');
    if (!findings.trim()) found.findings = t('common.required');
    setProblems(found);
    if (Object.keys(found).length > 0 || !format) return;
    props.onSubmit({
      heldOn,
      place: place.trim(),
      format: format as ConsultationFormat,
      participants,
      topics,
      findings: findings.trim(),
      linkedItems,
    });
  }

  return (
    <form onSubmit={submit} noValidate data-testid="consultation-form">
      <Stack gap="sm">
        {Boolean(error) && !serverField && (
          <Alert color="red" role="alert">
            {errorMessage(error)}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            type="date"
            label={t('consultations.date')}
            value={heldOn}
            onChange={(event) => setHeldOn(event.currentTarget.value)}
            error={fieldError('heldOn')}
            required
          />
          <TextInput
            label={t('consultations.place')}
            value={place}
            onChange={(event) => setPlace(event.currentTarget.value)}
            error={fieldError('place')}
            maxLength={300}
            required
          />
          <Select
            label={t('consultations.format')}
            data={labels.formatOptions()}
            value={format}
            onChange={setFormat}
            error={fieldError('format')}
            allowDeselect={false}
          />
        </SimpleGrid>
        <ParticipantsField value={participants} onChange={setParticipants} />
        <TagsInput
          label={t('consultations.topics')}
          description={t('consultations.topicsHelp')}
          value={topics}
          onChange={setTopics}
          error={fieldError('topics')}
          maxTags={20}
          clearable
        />
        <Textarea
          label={t('consultations.findings')}
          value={findings}
          onChange={(event) => setFindings(event.currentTarget.value)}
          error={fieldError('findings')}
          autosize
          minRows={3}
          maxLength={20000}
          required
        />
        <LinkedItemsField
          slug={slug}
          assessments={assessments}
          value={linkedItems}
          onChange={setLinkedItems}
        />
        {fieldError('linkedItems') && (
          <Alert color="red" role="alert">
            {fieldError('linkedItems')}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
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
