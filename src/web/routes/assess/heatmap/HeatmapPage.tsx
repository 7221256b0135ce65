import { List, Paper, Select, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assessApi, assessKeys } from '../../../api/assessments';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { directionOf } from '../../../i18n/languages';
import { useFrameworksQuery } from '../assessQueries';
import { Chart } from '../charts/Chart';
import { useAssessLabels } from '../useAssessLabels';
import { useAssessPermissions } from '../useAssessPermissions';
import { HeatmapTable } from './HeatmapTable';
import { heatmapOption, isFinal } from './heatmapOption';

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
  const option = useMemo(() => {
    if (!heatmap.data) return null;
    const draftMark = t('heatmap.draftMark');
    return heatmapOption(heatmap.data, {
      rowLabel: (row) =>
        `${row.actor.acronym || row.actor.name}${isFinal(row.assessment.status) ? '' : ` (${draftMark})`}`,
      format: labels.score,
      rtl: directionOf(labels.lang) === 'rtl',
    });
  }, [heatmap.data, labels, t]);

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
      {heatmap.data && option && heatmap.data.rows.length === 0 && (
        <Text c="dimmed">{t('heatmap.empty')}</Text>
      )}
      {heatmap.data && option && heatmap.data.rows.length > 0 && (
        <>
          <Paper withBorder radius="md" p="sm">
            <Chart
              option={option}
              testId="heatmap-chart"
              label={t('heatmap.chartLabel', { count: heatmap.data.rows.length })}
              height={heatmap.data.rows.length * 40 + 120}
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
