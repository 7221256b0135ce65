import { Anchor, Code, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldChange } from '../../api/types';

function showValue(value: unknown, emptyText: string): string {
  if (value === null || value === undefined || value === '') return emptyText;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Lists the changed field names; expands to show each field's value before → after. */
export function ChangesCell({ changes }: { changes: Record<string, FieldChange> | null }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const fields = Object.entries(changes ?? {});
  if (fields.length === 0)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );

  return (
    <Stack gap={4}>
      <Anchor
        component="button"
        type="button"
        size="sm"
        ta="start"
        onClick={() => setOpen((value) => !value)}
        aria-expanded={open}
        aria-controls={detailsId}
      >
        {fields.map(([field]) => field).join(', ')}
      </Anchor>
      {open && (
        <Stack gap={4} id={detailsId}>
          {fields.map(([field, change]) => (
            <Text key={field} size="xs" style={{ overflowWrap: 'anywhere' }}>
              <Text span fw={700} size="xs">
                {field}:
              </Text>{' '}
              <Code>{showValue(change.before, t('audit.empty'))}</Code> <span aria-hidden="true">→</span>
              <VisuallyHidden>{t('audit.becomes')}</VisuallyHidden>{' '}
              <Code>{showValue(change.after, t('audit.empty'))}</Code>
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
