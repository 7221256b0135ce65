import { Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCurrentWorkspace } from '../workspaces/workspaceContext';
import type { CycleStep } from './cycleSteps';

/**
 * Placeholder for a programme-cycle step whose feature is not built yet: says what the page will hold,
 * and offers no controls (a control that does nothing would be a defect).
 */
export function CycleStepPage({ step }: { step: CycleStep }) {
  const { t } = useTranslation();
  const { workspace } = useCurrentWorkspace();
  const contents = t(`cycle.${step}.contents`, { returnObjects: true });
  const items = Array.isArray(contents)
    ? contents.filter((item): item is string => typeof item === 'string')
    : [];

  return (
    <Stack maw={760}>
      <Group gap="sm" align="center">
        <Title order={1} size="h2">
          {t(`nav.${step}`)}
        </Title>
        <Badge variant="light" color="gray">
          {t('cycle.inPreparation')}
        </Badge>
      </Group>
      <Text c="dimmed" size="sm">
        {workspace.name}
      </Text>
      <Text size="lg">{t(`cycle.${step}.description`)}</Text>
      {items.length > 0 && (
        <Paper withBorder p="md" radius="md">
          <Text fw={600} mb="xs">
            {t('cycle.willHold')}
          </Text>
          <List spacing="xs">
            {items.map((item) => (
              <List.Item key={item}>{item}</List.Item>
            ))}
          </List>
        </Paper>
      )}
    </Stack>
  );
}
