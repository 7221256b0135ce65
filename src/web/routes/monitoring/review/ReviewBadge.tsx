import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatList } from '../../../app/format';
import { RouterAnchor } from '../../../app/RouterLinks';
import type { ReviewFlag } from './reviewQueries';

/** "Review" on a plan item linked to an off-track indicator, leading to Monitor's Review tab. */
export function ReviewBadge({ slug, flags }: { slug: string; flags: ReviewFlag[] | undefined }) {
  const { t } = useTranslation(['monitoringReview']);
  if (!flags || flags.length === 0) return null;
  const indicators = formatList([
    ...new Set(flags.map((flag) => `${flag.indicatorCode} ${flag.indicatorName}`)),
  ]);
  const title = t('plan.badgeTitle', { indicators });
  return (
    <Tooltip label={title} multiline maw={320}>
      <RouterAnchor to="/w/$slug/monitor/review" params={{ slug }} underline="never" aria-label={title}>
        <Badge size="sm" color="red" variant="light" style={{ cursor: 'pointer' }}>
          {t('plan.badge')}
        </Badge>
      </RouterAnchor>
    </Tooltip>
  );
}
