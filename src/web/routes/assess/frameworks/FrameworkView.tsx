import { Accordion, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { pefaDerivedIndicatorIds } from '../../../../core/assessment/pefa';
import type { Group as FrameworkGroup } from '../../../../core/frameworks/types';
import { ShownText } from '../../../app/ShownText';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { useFrameworkQuery } from '../assessQueries';
import { useAssessLabels } from '../useAssessLabels';
import { FrameworkRubric } from './FrameworkRubric';
import { PefaDerivedBadge, PefaDerivedNote } from './PefaDerivedRule';

function GroupItems({ group }: { group: FrameworkGroup }) {
  const { t } = useTranslation('assess');
  const labels = useAssessLabels();
  return (
    <Stack gap={6}>
      {group.description && (
        <Text size="sm" c="dimmed">
          <bdi>{labels.text(group.description)}</bdi>
        </Text>
      )}
      <List size="sm" spacing={4}>
        {group.items.map((item) => (
          <List.Item key={item.id}>
            <Text span fw={700} size="sm">
              {item.code}{' '}
            </Text>
            <bdi>
              <ShownText shown={labels.shownText(item.text)} />
            </bdi>
            {item.weight !== undefined && item.weight !== 1 && (
              <Text span size="xs" c="dimmed">
                {' '}
                ({t('frameworks.weight', { weight: item.weight })})
              </Text>
            )}
            {item.levels && (
              <Text size="xs" c="dimmed">
                {item.levels.map((level) => `${level.label}: ${labels.text(level.descriptor)}`).join(' · ')}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
      {(group.groups ?? []).map((child) => (
        <Stack key={child.id} gap={4} ps="md">
          <Text size="sm" fw={600}>
            {child.code} <bdi>{labels.text(child.name)}</bdi>
          </Text>
          <GroupItems group={child} />
        </Stack>
      ))}
    </Stack>
  );
}

/** One framework in full: where it comes from, its rubric and bands, and its groups and items. */
export function FrameworkView({ slug, frameworkId }: { slug: string; frameworkId: string }) {
  const { t } = useTranslation('assess');
  const labels = useAssessLabels();
  const query = useFrameworkQuery(slug, frameworkId);
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const { framework } = query.data;
  const derived = new Set(
    framework.aggregation.method === 'pefa' ? pefaDerivedIndicatorIds(framework.groups) : [],
  );

  return (
    <Paper withBorder radius="md" p="md" data-testid="framework-view">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {labels.text(framework.name)}
        </Title>
        <Text size="sm">
          <bdi>{labels.text(framework.description)}</bdi>
        </Text>
        <Text size="xs" c="dimmed">
          {t('frameworks.sourceIs', { source: framework.source })}
        </Text>
        <Text size="sm">{t(`frameworks.method.${framework.aggregation.method}`)}</Text>
        {derived.size > 0 && <PefaDerivedNote />}
        <FrameworkRubric scale={framework.scale} bands={framework.bands} />
        <Title order={3} size="h5">
          {t('frameworks.structure')}
        </Title>
        <Accordion multiple variant="contained">
          {framework.groups.map((group) => (
            <Accordion.Item key={group.id} value={group.id}>
              <Accordion.Control>
                <Group gap="xs" wrap="nowrap">
                  <Text size="sm" fw={600}>
                    {group.code} <bdi>{labels.text(group.name)}</bdi>
                  </Text>
                  {group.dimension && (
                    <Badge size="xs" variant="light" style={{ flexShrink: 0 }}>
                      {labels.dimension(group.dimension)}
                    </Badge>
                  )}
                  {framework.aggregation.method === 'pefa' && group.pefaMethod && (
                    <Badge size="xs" variant="outline" color="gray" style={{ flexShrink: 0 }}>
                      {t(`frameworks.pefaMethods.${group.pefaMethod}`)}
                    </Badge>
                  )}
                  {derived.has(group.id) && <PefaDerivedBadge />}
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <GroupItems group={group} />
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      </Stack>
    </Paper>
  );
}
