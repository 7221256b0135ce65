import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { categoriesQuery } from '../setup/monitoringMetadataQueries';
import { AnalyticsChart, DataAsOf } from './AnalyticsChart';
import { type AnalyticsQuery, useAnalyticsQuery } from './analyticsApi';
import { intervalSurveys, withErrorBars } from './intervalBars';
import { type PublishedInterval, useIndicatorIntervals } from './intervalsApi';

const NO_INTERVALS: PublishedInterval[] = [];

/**
 * An indicator's actual values over the last years and the next two (where targets usually lie), with its
 * targets (dashed) and baseline (dotted), for one org unit or the national level (the roots). A perception
 * indicator fed by a survey gets error bars (95 % confidence intervals) and can be split by the categories
 * the survey published (sex, age…).
 */
export function IndicatorSeriesChart({
  slug,
  indicatorId,
  orgUnitId,
  years = 6,
}: {
  slug: string;
  indicatorId: string;
  orgUnitId?: string;
  years?: number;
}) {
  const { t } = useTranslation(['monitoringAnalytics', 'surveyIntervals']);
  const intervals = useIndicatorIntervals(slug, indicatorId).data?.intervals ?? NO_INTERVALS;
  const categories = useQuery({ ...categoriesQuery(slug), enabled: intervals.length > 0 }).data ?? [];
  const published = useMemo(() => {
    const codes = new Set(intervals.map((i) => i.disaggregation.split('=')[0]).filter(Boolean));
    return categories.filter((c) => codes.has(c.code));
  }, [intervals, categories]);
  const [split, setSplit] = useState('');
  const categoryId = published.some((c) => c.id === split) ? split : '';
  const query = useMemo<AnalyticsQuery>(() => {
    const year = new Date().getUTCFullYear();
    return {
      items: [{ type: 'indicator', id: indicatorId }],
      periods: { type: 'yearly', from: String(year - years + 1), to: String(year + 2) },
      orgUnits: orgUnitId ? { ids: [orgUnitId] } : { level: 1 },
      targets: true,
      ...(categoryId && { disaggregation: { categoryId } }),
    };
  }, [indicatorId, orgUnitId, years, categoryId]);
  const result = useAnalyticsQuery(slug, query);
  const ciLabel = t('surveyIntervals:ci');
  const decorate = useCallback(
    (option: Parameters<typeof withErrorBars>[0]) =>
      result.data ? withErrorBars(option, result.data, intervals, ciLabel) : option,
    [result.data, intervals, ciLabel],
  );
  if (result.isPending) return <PageLoader />;
  if (result.isError) return <ErrorAlert error={result.error} />;
  const surveys = intervalSurveys(intervals);
  return (
    <Stack gap={4}>
      {published.length > 0 && (
        <SegmentedControl
          size="xs"
          aria-label={t('surveyIntervals:split')}
          data-testid="interval-split"
          value={categoryId}
          onChange={setSplit}
          data={[
            { value: '', label: t('surveyIntervals:total') },
            ...published.map((c) => ({ value: c.id, label: c.name })),
          ]}
        />
      )}
      <AnalyticsChart
        slug={slug}
        type="series"
        title={t('seriesTitle', { name: result.data.items[0]?.name ?? '' })}
        query={query}
        result={result.data}
        decorate={decorate}
      />
      {surveys.length > 0 && (
        <Text size="xs" c="dimmed" data-testid="interval-note">
          {t('surveyIntervals:note', { surveys: surveys.join(', ') })}
        </Text>
      )}
      <DataAsOf result={result.data} />
    </Stack>
  );
}
