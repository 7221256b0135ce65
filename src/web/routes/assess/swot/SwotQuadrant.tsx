import { ActionIcon, Button, Group, List, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assessApi } from '../../../api/assessments';
import type { SwotEntry, SwotKind } from '../../../api/assessmentTypes';
import { useErrorText } from '../useErrorText';

const COLORS: Record<SwotKind, string> = {
  strength: 'green',
  weakness: 'red',
  opportunity: 'blue',
  threat: 'orange',
};

interface SwotQuadrantProps {
  slug: string;
  actorId: string;
  kind: SwotKind;
  entries: SwotEntry[];
  canWrite: boolean;
  onChanged: () => Promise<unknown>;
}

/** One quadrant of the analysis: its entries, and a line to add one. */
export function SwotQuadrant({ slug, actorId, kind, entries, canWrite, onChanged }: SwotQuadrantProps) {
  const { t } = useTranslation('assess');
  const errorMessage = useErrorText();
  const [text, setText] = useState('');
  const add = useMutation({
    mutationFn: () => assessApi.addSwotEntry(slug, actorId, kind, text.trim()),
    onSuccess: async () => {
      setText('');
      await onChanged();
    },
  });
  const remove = useMutation({
    mutationFn: (entry: SwotEntry) => assessApi.deleteSwotEntry(slug, actorId, entry.id),
    onSuccess: () => onChanged(),
  });
  const failure = add.error ?? remove.error;

  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      style={{ borderInlineStart: `4px solid var(--mantine-color-${COLORS[kind]}-6)` }}
      data-testid={`swot-${kind}`}
    >
      <Stack gap="xs">
        <Title order={3} size="h5" c={`${COLORS[kind]}.8`}>
          {t(`swot.quadrant.${kind}`)}
        </Title>
        {entries.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('swot.emptyQuadrant')}
          </Text>
        ) : (
          <List size="sm" spacing={4}>
            {entries.map((entry) => (
              <List.Item key={entry.id}>
                <Group gap={4} wrap="nowrap" align="flex-start">
                  <Text size="sm" style={{ flex: 1, overflowWrap: 'anywhere' }}>
                    <bdi>{entry.text}</bdi>
                  </Text>
                  {canWrite && (
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      size="sm"
                      loading={remove.isPending && remove.variables?.id === entry.id}
                      onClick={() => remove.mutate(entry)}
                      aria-label={t('swot.deleteEntry', { text: entry.text.slice(0, 60) })}
                    >
                      <span aria-hidden="true">✕</span>
                    </ActionIcon>
                  )}
                </Group>
              </List.Item>
            ))}
          </List>
        )}
        {canWrite && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (text.trim()) add.mutate();
            }}
          >
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <TextInput
                label={t('swot.newEntry', { kind: t(`swot.quadrant.${kind}`) })}
                value={text}
                onChange={(event) => setText(event.currentTarget.value)}
                maxLength={2000}
                style={{ flex: 1 }}
                size="xs"
              />
              <Button type="submit" size="xs" disabled={!text.trim()} loading={add.isPending}>
                {t('swot.add')}
              </Button>
            </Group>
          </form>
        )}
        {failure && (
          <Text size="sm" c="red" role="alert">
            {errorMessage(failure)}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
