import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorOf } from '../../../app/errors';
import { useErrorText } from '../../assess/useErrorText';
import { type ReviewFlag, useOpenScenario } from './reviewQueries';

/** Opens a re-planning scenario from a flag; `onOpened` gets the flag with its scenario. */
export function ScenarioModal({
  slug,
  flag,
  onClose,
  onOpened,
}: {
  slug: string;
  flag: ReviewFlag | null;
  onClose: () => void;
  onOpened: (flag: ReviewFlag) => void;
}) {
  const { t } = useTranslation(['monitoringReview']);
  const errorText = useErrorText();
  const open = useOpenScenario(slug);
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const close = () => {
    open.reset();
    setName('');
    setNote('');
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!flag) return;
    const body = { name: name.trim() || undefined, note: note.trim() || undefined };
    open.mutate(
      { flagId: flag.id, body },
      {
        onSuccess: ({ flag: updated }) => {
          notifications.show({ color: 'green', message: t('review.created') });
          close();
          onOpened(updated);
        },
      },
    );
  };
  const fieldError = fieldErrorOf(open.error, ['name', 'note'] as const);
  return (
    <Modal opened={flag !== null} onClose={close} title={t('review.scenario')} size="lg">
      {flag && (
        <form onSubmit={submit}>
          <Stack gap="sm">
            <Text size="sm">{t('review.scenarioIntro')}</Text>
            <TextInput
              label={t('review.scenarioName')}
              description={t('review.scenarioNameHelp')}
              placeholder={`${flag.indicatorCode} ${flag.period}`}
              value={name}
              maxLength={200}
              onChange={(event) => setName(event.currentTarget.value)}
              error={fieldError?.field === 'name' ? fieldError.message : undefined}
            />
            <Textarea
              label={t('review.scenarioNote')}
              description={t('review.scenarioNoteHelp')}
              autosize
              minRows={2}
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
              error={fieldError?.field === 'note' ? fieldError.message : undefined}
            />
            {open.error && !fieldError && (
              <Text c="red" size="sm" role="alert">
                {errorText(open.error)}
              </Text>
            )}
            <Group justify="flex-end">
              <Button type="submit" loading={open.isPending}>
                {t('review.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
