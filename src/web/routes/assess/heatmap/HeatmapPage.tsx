import { List, Paper, Select, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assessApi, assessKeys } from '../../../api/assessments';
import type { Heatmap } from '../../../api/assessmentTypes';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { directionOf } from '../../../i18n/languages';
import { useFrameworksQuery } from '../assessQueries';
import { useAssessLabels } from '../useAssessLabels';
import { useAssessPermissions } from '../useAssessPermissions';
import { HeatmapGrid } from './HeatmapGrid';
import { HeatmapTable } from './HeatmapTable';
import { isFinal } from './heatColors';

/** Actors × criteria: each institution's latest own assessment on one framework. */
export function HeatmapPage() {
  const { t } = useTranslation('assess');
  const labels = useAssessLabels();
  const { slug } = useAssessPermissions();
  const frameworks = useFrameworksQuery(slug);
  const [frameworkId, setFrameworkId] = useState('ssg-ten-criteria');
  const heatmap = useQuery({
    queryKey: assessKeys.heatmap(slug, frameworkId),
    queryFn: () => assessApi.heatmap(slug, frameworkId),
  });
  const draftMark = t('heatmap.draftMark');
  const rowLabel = (row: Heatmap['rows'][number]) =>
    `${row.actor.acronym || row.actor.name}${isFinal(row.assessment.status) ? '' : ` (${draftMark})`}`;

  return (
    <Stack gap="sm">
      <Select
        label={t('heatmap.framework')}
        data={(frameworks.data?.frameworks ?? []).map((framework) => ({
          value: framework.id,
          label: labels.text(framework.name),
        }))}
        value={frameworkId}
        onChange={(value) => value && setFrameworkId(value)}
        allowDeselect={false}
        w={{ base: '100%', sm: 420 }}
        data-testid="heatmap-framework"
      />
      <Text size="sm" c="dimmed">
        {t('heatmap.help')}
      </Text>
      {heatmap.isPending && <PageLoader />}
      {heatmap.isError && <ErrorAlert error={heatmap.error} />}
      {heatmap.data && heatmap.data.rows.length === 0 && <Text c="dimmed">{t('heatmap.empty')}</Text>}
      {heatmap.data && heatmap.data.rows.length > 0 && (
        <>
          <Paper withBorder radius="md" p="sm">
            <HeatmapGrid
              heatmap={heatmap.data}
              rowLabel={rowLabel}
              groupName={(group) => labels.text(group.name)}
              format={labels.score}
              label={t('heatmap.chartLabel', { count: heatmap.data.rows.length })}
              rtl={directionOf(labels.lang) === 'rtl'}
            />
          </Paper>
          <List size="xs" c="dimmed" spacing={0}>
            {heatmap.data.groups.map((group) => (
              <List.Item key={group.id}>
                {group.code}: <bdi>{labels.text(group.name)}</bdi>
              </List.Item>
            ))}
          </List>
          <HeatmapTable slug={slug} heatmap={heatmap.data} />
        </>
      )}
    </Stack>
  );
}
