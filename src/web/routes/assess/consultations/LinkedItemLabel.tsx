import { Text } from '@mantine/core';
import { listItems } from '../../../../core/frameworks/structure';
import type { Assessment } from '../../../api/assessmentTypes';
import { useFrameworkQuery } from '../assessQueries';
import { useAssessLabels } from '../useAssessLabels';

/** "Assessment title — C1.3 Are security personnel…", read from the (cached) framework. */
export function LinkedItemLabel({
  slug,
  assessment,
  itemId,
}: {
  slug: string;
  assessment: Assessment | undefined;
  itemId: string;
}) {
  const labels = useAssessLabels();
  const framework = useFrameworkQuery(slug, assessment?.framework.id ?? null);
  const item = framework.data
    ? listItems(framework.data.framework).find((placed) => placed.item.id === itemId)?.item
    : undefined;
  return (
    <Text size="sm" span style={{ overflowWrap: 'anywhere' }}>
      <bdi>{assessment?.title ?? '…'}</bdi> — <b>{item?.code ?? itemId}</b>{' '}
      <bdi>{item ? labels.text(item.text) : ''}</bdi>
    </Text>
  );
}
