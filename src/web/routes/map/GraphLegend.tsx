import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CATEGORY_GROUPS } from '../../../core/sector-map/categories';
import { RELATION_TYPES } from '../../../core/sector-map/relations';
import { EDGE_STYLES } from './graphStyle';
import { GROUP_COLORS, useSectorLabels } from './useSectorLabels';

/** What the colours, shapes and line styles of the graph mean. */
export function GraphLegend() {
  const { t } = useTranslation();
  const labels = useSectorLabels();
  return (
    <Stack gap={6} aria-label={t('map.graph.legend')} role="group">
      <Group gap="md">
        {CATEGORY_GROUPS.map((group) => (
          <Group key={group} gap={6} wrap="nowrap">
            <span
              aria-hidden
              style={{
                width: 12,
                height: 12,
                borderRadius: 3,
                background: GROUP_COLORS[group],
                display: 'inline-block',
              }}
            />
            <Text size="xs">{labels.group(group)}</Text>
          </Group>
        ))}
        <Group gap={6} wrap="nowrap">
          <span
            aria-hidden
            style={{
              width: 12,
              height: 12,
              borderRadius: 6,
              border: '3px double #fa5252',
              display: 'inline-block',
            }}
          />
          <Text size="xs">{t('map.graph.gapMarker')}</Text>
        </Group>
      </Group>
      <Group gap="md">
        {RELATION_TYPES.map((type) => (
          <Group key={type} gap={6} wrap="nowrap">
            <svg width="36" height="8" aria-hidden style={{ flexShrink: 0 }}>
              <line
                x1="0"
                y1="4"
                x2="36"
                y2="4"
                stroke={EDGE_STYLES[type].color}
                strokeWidth={EDGE_STYLES[type].width}
                strokeDasharray={EDGE_STYLES[type].dash?.join(' ')}
              />
            </svg>
            <Text size="xs">{labels.relationType(type)}</Text>
          </Group>
        ))}
      </Group>
    </Stack>
  );
}
