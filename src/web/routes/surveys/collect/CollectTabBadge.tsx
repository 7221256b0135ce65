import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useWaitingCount } from './useCollectLists';

/** For the Collect tab's label: how many finished responses wait on this device (nothing when none). */
export function CollectTabBadge({ slug, surveyId }: { slug: string; surveyId: string }) {
  const { t } = useTranslation('surveyCollect');
  const count = useWaitingCount(slug, surveyId);
  if (count === 0) return null;
  return (
    <Badge
      size="sm"
      circle
      color="orange"
      aria-label={t('waiting.toSend', { n: count })}
      data-testid="collect-waiting-badge"
    >
      {count}
    </Badge>
  );
}
