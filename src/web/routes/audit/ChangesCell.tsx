import { Anchor, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from './auditApi';
import type { AuditWords } from './useAuditWords';
import { AUDIT_VALUE_NAMESPACES } from './values';

/** Lists the changed fields by name; expands to show each field's value before → after, readably. */
export function ChangesCell({ entry, words }: { entry: AuditEntry; words: AuditWords }) {
  const { t } = useTranslation('audit');
  const { t: tRoot } = useTranslation();
  // the values' own words (statuses, kinds…) live in their modules' messages: fetched without blocking
  useTranslation(AUDIT_VALUE_NAMESPACES, { useSuspense: false });
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const fields = Object.entries(entry.changes);
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
        title={t(open ? 'hideChanges' : 'showChanges')}
      >
        {words.fields(fields.map(([field]) => field))}
      </Anchor>
      {open && (
        <Stack gap={4} id={detailsId}>
          {fields.map(([field, change]) => (
            <Text key={field} size="xs" style={{ overflowWrap: 'anywhere' }}>
              <Text span fw={700} size="xs">
                {words.field(field)}:
              </Text>{' '}
              <bdi>{words.value(entry, field, change.before)}</bdi> <span aria-hidden="true">→</span>
              <VisuallyHidden>{tRoot('audit.becomes')}</VisuallyHidden>{' '}
              <bdi>{words.value(entry, field, change.after)}</bdi>
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
