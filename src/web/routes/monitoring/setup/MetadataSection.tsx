import { Badge, Button, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../app/ConfirmModal';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { useErrorText } from '../../assess/useErrorText';
import { localName, useInvalidateMonitoring } from './monitoringMetadataQueries';

interface Row {
  id: string;
  code: string;
  name: string;
  nameTranslations: Partial<Record<string, string | undefined>>;
}

/**
 * A list of categories, data elements or data sets: each row with its code, name and a summary line;
 * writers get add, edit and delete (refusals such as "has values" come back as a notification).
 */
export function MetadataSection<T extends Row>(props: {
  slug: string;
  canEdit: boolean;
  /** `categories`, `dataElements` or `dataSets`: the key prefix of the section's strings. */
  kind: string;
  query: { isPending: boolean; isError: boolean; error: unknown; data: T[] | undefined };
  summary: (row: T) => ReactNode;
  form: (row: T | null, onDone: () => void) => ReactNode;
  remove: (row: T) => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation(['monitoringSetup']);
  const errorMessage = useErrorText();
  const invalidate = useInvalidateMonitoring(props.slug);
  const [editing, setEditing] = useState<{ row: T | null } | null>(null);
  const [deleting, setDeleting] = useState<T | null>(null);
  const remove = useMutation({
    mutationFn: props.remove,
    onSuccess: async () => {
      setDeleting(null);
      await invalidate();
      notifications.show({ color: 'green', message: t('deleted') });
    },
    onError: (error) => {
      setDeleting(null);
      notifications.show({ color: 'red', message: errorMessage(error) });
    },
  });

  if (props.query.isPending) return <PageLoader />;
  if (props.query.isError || !props.query.data) return <ErrorAlert error={props.query.error} />;
  const rows = props.query.data;
  const close = () => setEditing(null);

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Text size="sm" c="dimmed" maw={640}>
          {t(`${props.kind}.intro`)}
        </Text>
        {props.canEdit && <Button onClick={() => setEditing({ row: null })}>{t(`${props.kind}.add`)}</Button>}
      </Group>
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t(`${props.kind}.empty`)}
        </Text>
      )}
      {rows.map((row) => (
        <Paper key={row.id} withBorder p="sm">
          <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
            <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
              <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                <Badge variant="light" color="gray" tt="none" dir="ltr">
                  {row.code}
                </Badge>
                <Text size="sm" fw={500} truncate>
                  {localName(row, i18n.language)}
                </Text>
              </Group>
              <Text size="xs" c="dimmed" component="div">
                {props.summary(row)}
              </Text>
            </Stack>
            {props.canEdit && (
              <Group gap={4}>
                <Button size="compact-xs" variant="subtle" onClick={() => setEditing({ row })}>
                  {t('edit')}
                </Button>
                <Button size="compact-xs" variant="subtle" color="red" onClick={() => setDeleting(row)}>
                  {t('delete')}
                </Button>
              </Group>
            )}
          </Group>
        </Paper>
      ))}
      <Modal
        opened={editing !== null}
        onClose={close}
        title={editing?.row ? t(`${props.kind}.edit`) : t(`${props.kind}.add`)}
        size="lg"
      >
        {editing && props.form(editing.row, close)}
      </Modal>
      <ConfirmModal
        opened={deleting !== null}
        title={t('delete')}
        message={
          deleting ? t(`${props.kind}.deleteConfirm`, { name: localName(deleting, i18n.language) }) : ''
        }
        confirmLabel={t('delete')}
        busy={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}
