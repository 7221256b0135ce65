import { Alert, Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeedInput } from '../../../api/assessmentTypes';
import { useErrorText } from '../useErrorText';

export const LEVEL_OPTIONS = ['1', '2', '3', '4', '5'];

interface NewNeedFormProps {
  actors: Array<{ id: string; name: string }>;
  busy: boolean;
  error: unknown;
  onSubmit: (input: NeedInput) => void;
  onCancel: () => void;
}

/** A need the assessment did not raise: a title, how severe and how important, optionally whose. */
export function NewNeedForm({ actors, busy, error, onSubmit, onCancel }: NewNeedFormProps) {
  const { t } = useTranslation('assess');
  const errorMessage = useErrorText();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [severity, setSeverity] = useState<string | null>('3');
  const [importance, setImportance] = useState<string | null>('3');
  const [actorId, setActorId] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    setMissing(title.trim() === '');
    if (title.trim() === '') return;
    onSubmit({
      title: title.trim(),
      description: description.trim() || null,
      severity: Number(severity),
      importance: Number(importance),
      actorId,
    });
  }

  return (
    <form onSubmit={submit} noValidate data-testid="need-form">
      <Stack gap="sm">
        {Boolean(error) && (
          <Alert color="red" role="alert">
            {errorMessage(error)}
          </Alert>
        )}
        <TextInput
          label={t('needs.needTitle')}
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          error={missing ? t('common.required') : undefined}
          maxLength={300}
          required
        />
        <Textarea
          label={t('needs.description')}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={10000}
        />
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <Select
            label={t('needs.severity')}
            description={t('needs.severityHelp')}
            data={LEVEL_OPTIONS}
            value={severity}
            onChange={setSeverity}
            allowDeselect={false}
          />
          <Select
            label={t('needs.importance')}
            description={t('needs.importanceHelp')}
            data={LEVEL_OPTIONS}
            value={importance}
            onChange={setImportance}
            allowDeselect={false}
          />
          <Select
            label={t('needs.actor')}
            description={t('needs.actorHelp')}
            data={actors.map((actor) => ({ value: actor.id, label: actor.name }))}
            value={actorId}
            onChange={setActorId}
            searchable
            clearable
            nothingFoundMessage={t('common.noMatch')}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('needs.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
