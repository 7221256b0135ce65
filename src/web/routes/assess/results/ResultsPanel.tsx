import { Stack, Text, Title } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { listGroups, listItems } from '../../../../core/frameworks/structure';
import type { AssessmentDetail } from '../../../api/assessmentTypes';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { useResultsQuery } from '../assessQueries';
import { useAssessLabels } from '../useAssessLabels';
import { useAssessPermissions } from '../useAssessPermissions';
import { BaselineChange } from './BaselineChange';
import { GapsTable } from './GapsTable';
import { GroupScoresTable } from './GroupScoresTable';
import { ResultCharts } from './ResultCharts';
import { ScoreSummary } from './ScoreSummary';

/** The consensus of the assessors, aggregated: overall, by group and dimension, against baseline, gaps. */
export function ResultsPanel({ slug, detail }: { slug: string; detail: AssessmentDetail }) {
  const { t } = useTranslation('assess');
  const labels = useAssessLabels();
  const { canManage } = useAssessPermissions();
  const results = useResultsQuery(slug, detail.assessment.id);
  const { text } = labels;
  const groupNames = useMemo(
    () => new Map(listGroups(detail.framework).map(({ group }) => [group.id, text(group.name)])),
    [detail.framework, text],
  );
  const itemTexts = useMemo(
    () => new Map(listItems(detail.framework).map(({ item }) => [item.id, text(item.text)])),
    [detail.framework, text],
  );
  const groupName = useCallback((groupId: string) => groupNames.get(groupId) ?? groupId, [groupNames]);

  if (results.isPending) return <PageLoader />;
  if (results.isError) return <ErrorAlert error={results.error} />;
  const { aggregation, gaps, baseline } = results.data;
  const settled = detail.assessment.status === 'validated' || detail.assessment.status === 'published';

  return (
    <Stack gap="md" data-testid="results">
      {!settled && (
        <Text size="sm" c="orange.8">
          {t('results.provisional')}
        </Text>
      )}
      <ScoreSummary aggregation={aggregation} />
      <ResultCharts aggregation={aggregation} baseline={baseline} groupName={groupName} />
      <Title order={3} size="h5">
        {t('results.byGroup')}
      </Title>
      <GroupScoresTable groups={aggregation.groups} groupName={groupName} />
      {baseline ? (
        <BaselineChange baseline={baseline} groups={aggregation.groups} groupName={groupName} />
      ) : (
        <Text size="sm" c="dimmed">
          {t('results.noBaseline')}
        </Text>
      )}
      <GapsTable
        slug={slug}
        assessmentId={detail.assessment.id}
        needs={gaps.needs}
        itemText={(itemId) => itemTexts.get(itemId) ?? itemId}
        canCreateNeeds={canManage && settled}
      />
    </Stack>
  );
}
