import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type AssessmentAggregation, flattenGroups } from '../../../../core/assessment/aggregate';
import { SSR_DIMENSIONS } from '../../../../core/frameworks/types';
import type { AssessmentResults } from '../../../api/assessmentTypes';
import { directionOf } from '../../../i18n/languages';
import { Chart } from '../charts/Chart';
import { barOption, radarOption, type ScoreSeries, seriesColors } from '../charts/scoreCharts';
import { useAssessLabels } from '../useAssessLabels';

interface ResultChartsProps {
  aggregation: AssessmentAggregation;
  baseline: AssessmentResults['baseline'];
  groupName: (groupId: string) => string;
}

function meanOf(values: number[]): number | null {
  return values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null;
}

function ChartCard({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Title order={3} size="h5" mb="xs">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** Radar of the top-level groups, bars by group and by SSR dimension; the baseline drawn alongside. */
export function ResultCharts({ aggregation, baseline, groupName }: ResultChartsProps) {
  const { t } = useTranslation('assess');
  const labels = useAssessLabels();
  const rtl = directionOf(labels.lang) === 'rtl';
  const { groups, range } = aggregation;
  const { score, dimension } = labels;

  const options = useMemo(() => {
    const before = new Map((baseline?.comparison.groups ?? []).map((change) => [change.id, change.baseline]));
    const series: ScoreSeries[] = [
      { name: t('results.current'), values: groups.map((group) => group.score), color: seriesColors.current },
    ];
    if (baseline)
      series.push({
        name: t('results.baselineSeries', { title: baseline.title }),
        values: groups.map((group) => before.get(group.id) ?? null),
        color: seriesColors.baseline,
      });
    const byDimension = SSR_DIMENSIONS.map((value) => ({
      value,
      score: meanOf(
        flattenGroups(groups)
          .filter((group) => group.dimension === value && group.score !== null)
          .map((group) => group.score as number),
      ),
    })).filter((entry) => entry.score !== null);
    const format = (value: number) => score(value);
    return {
      radar: radarOption(
        groups.map((group) => group.code),
        series,
        range,
      ),
      groups: barOption(
        groups.map((group) => `${group.code} ${groupName(group.id)}`),
        series,
        range,
        { rtl, format },
      ),
      dimensions: byDimension.length
        ? barOption(
            byDimension.map((entry) => dimension(entry.value)),
            [
              {
                name: t('results.current'),
                values: byDimension.map((entry) => entry.score),
                color: seriesColors.current,
              },
            ],
            range,
            { rtl, format },
          )
        : null,
      dimensionCount: byDimension.length,
    };
  }, [groups, range, baseline, groupName, rtl, t, score, dimension]);

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <ChartCard title={t('results.radarTitle')}>
        <Chart option={options.radar} testId="radar-chart" label={t('results.radarLabel')} height={340} />
      </ChartCard>
      <ChartCard title={t('results.groupBarsTitle')}>
        <Chart
          option={options.groups}
          testId="group-bar-chart"
          label={t('results.groupBarsLabel')}
          height={Math.max(220, groups.length * (baseline ? 40 : 28) + 60)}
        />
      </ChartCard>
      <ChartCard title={t('results.dimensionTitle')}>
        {options.dimensions ? (
          <Chart
            option={options.dimensions}
            testId="dimension-bar-chart"
            label={t('results.dimensionLabel')}
            height={options.dimensionCount * 40 + 60}
          />
        ) : (
          <Text size="sm" c="dimmed">
            {t('results.noDimensions')}
          </Text>
        )}
      </ChartCard>
    </SimpleGrid>
  );
}
