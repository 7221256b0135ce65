import { Badge, Group } from '@mantine/core';
import type { ActorCategory, CategoryGroup } from '../../../core/sector-map/categories';
import type { OversightKind } from '../../../core/sector-map/relations';
import { WHOLE_BADGE_STYLES } from '../../app/wideLayout';
import { GROUP_COLORS, useSectorLabels } from './useSectorLabels';

export function CategoryBadge({ category, group }: { category: ActorCategory; group: CategoryGroup }) {
  const labels = useSectorLabels();
  return (
    <Badge
      variant="light"
      color={GROUP_COLORS[group]}
      tt="none"
      styles={WHOLE_BADGE_STYLES}
      title={labels.group(group)}
    >
      {labels.category(category)}
    </Badge>
  );
}

/** Oversight kinds as badges: red for missing, orange for weak, grey otherwise. */
export function KindBadges({ kinds, tone }: { kinds: OversightKind[]; tone: 'missing' | 'weak' | 'plain' }) {
  const labels = useSectorLabels();
  const color = tone === 'missing' ? 'red' : tone === 'weak' ? 'orange' : 'gray';
  return (
    <Group gap={4}>
      {kinds.map((kind) => (
        <Badge
          key={kind}
          color={color}
          variant={tone === 'missing' ? 'filled' : 'light'}
          styles={WHOLE_BADGE_STYLES}
        >
          {labels.oversightKind(kind)}
        </Badge>
      ))}
    </Group>
  );
}
