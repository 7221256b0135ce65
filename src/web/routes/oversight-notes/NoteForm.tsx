import { Alert, Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OversightNoteInput } from '../../api/types';
import { errorText, fieldErrorOf } from '../../app/errors';

const FIELDS = ['title', 'subject', 'body'] as const;

interface NoteFormProps {
  initial?: OversightNoteInput;
  submitLabel: string;
  busy: boolean;
  error: unknown;
  onSubmit: (input: OversightNoteInput) => void;
  onCancel?: () => void;
}

export function NoteForm({ initial, submitLabel, busy, error, onSubmit, onCancel }: NoteFormProps) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(initial?.title ?? '');
  const [subject, setSubject] = useState(initial?.subject ?? '');
  const [body, setBody] = useState(initial?.body ?? '');
  const [missing, setMissing] = useState<{ title?: boolean; body?: boolean }>({});
  const serverField = fieldErrorOf(error, FIELDS);
  const serverError = (field: (typeof FIELDS)[number]) =>
    serverField?.field === field ? serverField.message : undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    const nowMissing = { title: title.trim() === '', body: body.trim() === '' };
    setMissing(nowMissing);
    if (nowMissing.title || nowMissing.body) return;
    onSubmit({ title: title.trim(), subject: subject.trim() || undefined, body: body.trim() });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {Boolean(error) && !serverField && (
          <Alert color="red" role="alert">
            {errorText(error, t)}
          </Alert>
        )}
        <TextInput
          label={t('oversight.noteTitle')}
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          error={missing.title ? t('common.required') : serverError('title')}
          required
        />
        <TextInput
          label={t('oversight.subject')}
          description={t('oversight.subjectHelp')}
          value={subject}
          onChange={(event) => setSubject(event.currentTarget.value)}
          error={serverError('subject')}
        />
        <Textarea
          label={t('oversight.body')}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          error={missing.body ? t('common.required') : serverError('body')}
          autosize
          minRows={4}
          maxRows={16}
          required
        />
        <Group justify="flex-end">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
