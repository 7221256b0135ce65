import { Alert, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type OversightCoverage, sectorMapApi, sectorMapKeys } from '../../api/sectorMap';
import { formatList } from '../../app/format';
import { RouterAnchor } from '../../app/RouterLinks';
import { ErrorAlert, PageLoader } from '../../app/status';
import { useCurrentWorkspace } from '../workspaces/workspaceContext';
import { CategoryBadge, KindBadges } from './ActorBadges';
import { OversightRule } from './OversightRule';
import { useSectorLabels } from './useSectorLabels';

function GapCard({ slug, entry }: { slug: string; entry: OversightCoverage }) {
  const { t } = useTranslation();
  const labels = useSectorLabels();
  const name = labels.actorName(entry.actor);
  const overseers = formatList([
    ...new Set(
      entry.overseers.map((o) => `${labels.actorName(o.overseer)} (${labels.oversightKind(o.kind)})`),
    ),
  ]);
  return (
    <Card
      withBorder
      radius="md"
      padding="sm"
      component="li"
      data-testid="gap-card"
      style={{ borderInlineStart: '4px solid var(--mantine-color-red-6)' }}
    >
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <RouterAnchor to="/w/$slug/map/actors/$actorId" params={{ slug, actorId: entry.actor.id }} fw={700}>
            {name}
            {entry.actor.acronym && ` (${entry.actor.acronym})`}
          </RouterAnchor>
          <CategoryBadge category={entry.actor.category} group={entry.actor.group} />
        </Group>
        <Group gap="xs">
          <Text size="sm" fw={600} c="red.8">
            {t('map.gaps.missing')}:
          </Text>
          <KindBadges kinds={entry.missing} tone="missing" />
        </Group>
        {entry.weak.length > 0 && (
          <Group gap="xs">
            <Text size="sm">{t('map.gaps.weak')}:</Text>
            <KindBadges kinds={entry.weak} tone="weak" />
          </Group>
        )}
        <Text size="xs" c="dimmed">
          {entry.overseers.length === 0
            ? t('map.gaps.noOverseer')
            : `${t('map.gaps.overseenBy')}: ${overseers}`}
        </Text>
      </Stack>
    </Card>
  );
}

export function OversightGapsPage() {
  const { t } = useTranslation();
  const labels = useSectorLabels();
  const { workspace } = useCurrentWorkspace();
  const slug = workspace.slug;
  const gaps = useQuery({
    queryKey: sectorMapKeys.gaps(slug),
    queryFn: () => sectorMapApi.oversightGaps(slug),
  });
  if (gaps.isPending) return <PageLoader />;
  if (gaps.isError) return <ErrorAlert error={gaps.error} />;
  const { coverage, assessedCount, gapCount, requiredKinds } = gaps.data;
  const withGaps = coverage.filter((entry) => entry.missing.length > 0);
  const covered = coverage.filter((entry) => entry.missing.length === 0);

  return (
    <Stack gap="sm" data-testid="oversight-gaps">
      <Text size="sm">{t('map.gaps.intro')}</Text>
      <OversightRule requiredKinds={requiredKinds} />
      {assessedCount === 0 ? (
        <Text c="dimmed">{t('map.gaps.noneAssessed')}</Text>
      ) : gapCount > 0 ? (
        <Alert color="red" title={t('map.gaps.summaryTitle')} role="status">
          {t('map.gaps.summary', { gaps: gapCount, assessed: assessedCount })}
        </Alert>
      ) : (
        <Alert color="green" role="status">
          {t('map.gaps.noGaps')}
        </Alert>
      )}
      {withGaps.length > 0 && (
        <SimpleGrid
          cols={{ base: 1, md: 2 }}
          spacing="sm"
          component="ul"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
        >
          {withGaps.map((entry) => (
            <GapCard key={entry.actor.id} slug={slug} entry={entry} />
          ))}
        </SimpleGrid>
      )}
      {covered.length > 0 && (
        <Stack gap={4}>
          <Title order={2} size="h4">
            {t('map.gaps.coveredTitle')}
          </Title>
          <List size="sm" spacing={2}>
            {covered.map((entry) => (
              <List.Item key={entry.actor.id}>
                {labels.actorName(entry.actor)}
                {entry.weak.length > 0 &&
                  ` — ${t('map.gaps.weak')}: ${formatList(entry.weak.map((kind) => labels.oversightKind(kind)))}`}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Stack>
  );
}
