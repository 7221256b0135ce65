import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OversightNote } from '../../api/types';
import { formatDateTime } from '../../app/format';

interface NoteCardProps {
  note: OversightNote;
  editable: boolean;
  onEdit: () => void;
  onDelete: () => void;
}

export function NoteCard({ note, editable, onEdit, onDelete }: NoteCardProps) {
  const { t } = useTranslation();
  const edited = note.updatedAt !== note.createdAt;
  return (
    <Card withBorder radius="md" padding="md" component="article">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Title order={3} size="h4">
              {note.title}
            </Title>
            {note.subject && (
              <Badge variant="light" color="indigo" style={{ textTransform: 'none' }}>
                {note.subject}
              </Badge>
            )}
          </Stack>
          {editable && (
            <Group gap="xs" wrap="nowrap">
              <Button
                size="xs"
                variant="default"
                onClick={onEdit}
                aria-label={t('oversight.editNamed', { title: note.title })}
              >
                {t('common.edit')}
              </Button>
              <Button
                size="xs"
                variant="subtle"
                color="red"
                onClick={onDelete}
                aria-label={t('oversight.deleteNamed', { title: note.title })}
              >
                {t('common.delete')}
              </Button>
            </Group>
          )}
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {note.body}
        </Text>
        <Text size="xs" c="dimmed">
          {t('oversight.byline', { name: note.author.name, date: formatDateTime(note.createdAt) })}
          {edited && ` · ${t('oversight.edited', { date: formatDateTime(note.updatedAt) })}`}
        </Text>
      </Stack>
    </Card>
  );
}
