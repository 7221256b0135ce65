import { Alert, Button, FileInput, Group, Select, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assessApi } from '../../../api/assessments';
import type { EvidenceSource } from '../../../api/assessmentTypes';
import { useRefreshAssessment } from '../assessQueries';
import { useAssessLabels } from '../useAssessLabels';
import { useErrorText } from '../useErrorText';

const MAX_BYTES = 10 * 1024 * 1024;

interface EvidenceFormProps {
  slug: string;
  assessmentId: string;
  itemId: string;
  onDone: () => void;
}

/** Attach a source to an item: its kind, what it shows, and optionally the document (10 MiB at most). */
export function EvidenceForm({ slug, assessmentId, itemId, onDone }: EvidenceFormProps) {
  const { t } = useTranslation('assess');
  const labels = useAssessLabels();
  const errorMessage = useErrorText();
  const refresh = useRefreshAssessment(slug, assessmentId);
  const [sourceType, setSourceType] = useState<string | null>('desk_research');
  const [description, setDescription] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const add = useMutation({
    mutationFn: () =>
      assessApi.addEvidence(slug, assessmentId, {
        itemId,
        sourceType: sourceType as EvidenceSource,
        description: description.trim(),
        file,
      }),
    onSuccess: async () => {
      await refresh();
      notifications.show({ color: 'green', message: t('evidence.added') });
      onDone();
    },
  });
  const tooBig = file !== null && file.size > MAX_BYTES;

  function submit(event: FormEvent) {
    event.preventDefault();
    setMissing(description.trim() === '');
    if (description.trim() === '' || !sourceType || tooBig) return;
    add.mutate();
  }

  return (
    <form onSubmit={submit} noValidate data-testid="evidence-form">
      <Stack gap="xs">
        <Group align="flex-start" gap="sm" grow preventGrowOverflow={false}>
          <Select
            label={t('evidence.sourceType')}
            data={labels.sourceOptions()}
            value={sourceType}
            onChange={setSourceType}
            allowDeselect={false}
            miw={180}
          />
          <FileInput
            label={t('evidence.file')}
            description={t('evidence.fileHelp')}
            placeholder={t('evidence.chooseFile')}
            value={file}
            onChange={setFile}
            error={tooBig ? t('evidence.tooBig') : undefined}
            clearable
            miw={180}
          />
        </Group>
        <Textarea
          label={t('evidence.description')}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          error={missing ? t('common.required') : undefined}
          autosize
          minRows={2}
          maxLength={5000}
          required
        />
        {add.isError && (
          <Alert color="red" role="alert">
            {errorMessage(add.error)}
          </Alert>
        )}
        <Group gap="xs" justify="flex-end">
          <Button variant="default" size="xs" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" size="xs" loading={add.isPending}>
            {t('evidence.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
