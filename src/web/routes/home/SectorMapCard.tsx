import { Badge, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatList, formatNumber } from '../../app/format';
import { RouterAnchor } from '../../app/RouterLinks';
import { GROUP_COLORS, useSectorLabels } from '../map/useSectorLabels';
import { EmptyText, Figure, HomeCard } from './HomeCard';
import type { Overview } from './overviewApi';

export function SectorMapCard({
  slug,
  sectorMap,
  canEdit,
}: {
  slug: string;
  sectorMap: Overview['sectorMap'];
  canEdit: boolean;
}) {
  const { t } = useTranslation('home');
  const labels = useSectorLabels();
  const { oversight } = sectorMap;
  const empty = sectorMap.actorCount === 0;

  return (
    <HomeCard
      title={t('sector.title')}
      testId="home-sector"
      actions={
        <>
          <RouterAnchor to="/w/$slug/map" params={{ slug }} size="sm">
            {empty && canEdit ? t('sector.add') : t('sector.open')}
          </RouterAnchor>
          {oversight.gapCount > 0 && (
            <RouterAnchor to="/w/$slug/map/gaps" params={{ slug }} size="sm">
              {t('sector.openGaps')}
            </RouterAnchor>
          )}
        </>
      }
    >
      {empty ? (
        <EmptyText>{t(canEdit ? 'sector.empty' : 'sector.emptyReadOnly')}</EmptyText>
      ) : (
        <>
          <Group gap="xl">
            <Figure label={t('sector.actors')} value={formatNumber(sectorMap.actorCount)} />
            <Figure label={t('sector.relations')} value={formatNumber(sectorMap.relationCount)} />
            <Figure
              label={t('sector.gaps')}
              value={formatNumber(oversight.gapCount)}
              color={oversight.gapCount > 0 ? 'red.8' : undefined}
            />
          </Group>
          <Group gap={6} aria-label={t('sector.byGroup')}>
            {sectorMap.byGroup.map(({ group, count }) => (
              <Badge key={group} variant="light" color={GROUP_COLORS[group]} tt="none" maw="100%">
                {labels.group(group)}: {formatNumber(count)}
              </Badge>
            ))}
          </Group>
          {oversight.assessedCount === 0 ? (
            <EmptyText>{t('sector.noArmed')}</EmptyText>
          ) : oversight.gapCount === 0 ? (
            <Text size="sm">{t('sector.noGaps')}</Text>
          ) : (
            <>
              <Text size="sm">{t('sector.gapsIntro')}</Text>
              <List size="sm" spacing={4}>
                {oversight.gaps.map((gap) => (
                  <List.Item key={gap.actor.id}>
                    <RouterAnchor
                      to="/w/$slug/map/actors/$actorId"
                      params={{ slug, actorId: gap.actor.id }}
                      size="sm"
                      fw={600}
                    >
                      {labels.actorName(gap.actor)}
                    </RouterAnchor>{' '}
                    <Text span size="sm" c="dimmed">
                      {t('sector.missing', { kinds: formatList(gap.missing.map(labels.oversightKind)) })}
                    </Text>
                  </List.Item>
                ))}
              </List>
            </>
          )}
        </>
      )}
    </HomeCard>
  );
}
