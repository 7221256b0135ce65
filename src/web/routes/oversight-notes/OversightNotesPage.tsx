import { Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, queryKeys } from '../../api/endpoints';
import { useMe } from '../../api/queries';
import type { OversightNote, OversightNoteInput } from '../../api/types';
import { ConfirmModal } from '../../app/ConfirmModal';
import { errorText } from '../../app/errors';
import { ErrorAlert, NoAccessAlert, PageLoader } from '../../app/status';
import { useCurrentWorkspace } from '../workspaces/workspaceContext';
import { NoteCard } from './NoteCard';
import { NoteForm } from './NoteForm';

export function OversightNotesPage() {
  const { t } = useTranslation();
  const { workspace, can } = useCurrentWorkspace();
  const slug = workspace.slug;
  const me = useMe();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<OversightNote | null>(null);
  const [deleting, setDeleting] = useState<OversightNote | null>(null);
  // remounting the form after a successful create empties it
  const [formKey, setFormKey] = useState(0);
  const notes = useQuery({
    queryKey: queryKeys.oversightNotes(slug),
    queryFn: () => api.listOversightNotes(slug),
    enabled: can('oversight-note:read'),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.oversightNotes(slug) });

  const create = useMutation({
    mutationFn: (input: OversightNoteInput) => api.createOversightNote(slug, input),
    onSuccess: async () => {
      setFormKey((key) => key + 1);
      await refresh();
      notifications.show({ color: 'green', message: t('oversight.created') });
    },
  });
  const update = useMutation({
    mutationFn: ({ id, input }: { id: string; input: OversightNoteInput }) =>
      api.updateOversightNote(slug, id, input),
    onSuccess: async () => {
      setEditing(null);
      await refresh();
      notifications.show({ color: 'green', message: t('oversight.updated') });
    },
  });
  const remove = useMutation({
    mutationFn: (note: OversightNote) => api.deleteOversightNote(slug, note.id),
    onSuccess: async () => {
      setDeleting(null);
      await refresh();
      notifications.show({ color: 'green', message: t('oversight.deleted') });
    },
    onError: (error) => notifications.show({ color: 'red', message: errorText(error, t) }),
  });

  if (!can('oversight-note:read')) return <NoAccessAlert />;
  const canWrite = can('oversight-note:write');
  const myId = me.data?.user.id;

  return (
    <Stack maw={900}>
      <Title order={1} size="h2">
        {t('oversight.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('oversight.intro')}
      </Text>
      {canWrite && (
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4" mb="sm">
            {t('oversight.addTitle')}
          </Title>
          <NoteForm
            key={formKey}
            submitLabel={t('oversight.add')}
            busy={create.isPending}
            error={create.error}
            onSubmit={(input) => create.mutate(input)}
          />
        </Paper>
      )}
      {notes.isPending && <PageLoader />}
      {notes.isError && <ErrorAlert error={notes.error} />}
      {notes.data && notes.data.notes.length === 0 && <Text c="dimmed">{t('oversight.none')}</Text>}
      {notes.data?.notes.map((note) => (
        <NoteCard
          key={note.id}
          note={note}
          editable={canWrite && note.author.id === myId}
          onEdit={() => {
            update.reset();
            setEditing(note);
          }}
          onDelete={() => setDeleting(note)}
        />
      ))}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={t('oversight.editTitle')}
        size="lg"
      >
        {editing && (
          <NoteForm
            initial={{ title: editing.title, subject: editing.subject ?? undefined, body: editing.body }}
            submitLabel={t('common.save')}
            busy={update.isPending}
            error={update.error}
            onSubmit={(input) =>
              update.mutate({ id: editing.id, input: { ...input, subject: input.subject ?? '' } })
            }
            onCancel={() => setEditing(null)}
          />
        )}
      </Modal>
      <ConfirmModal
        opened={deleting !== null}
        title={t('oversight.deleteTitle')}
        message={t('oversight.deleteConfirm', { title: deleting?.title ?? '' })}
        confirmLabel={t('common.delete')}
        busy={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}
