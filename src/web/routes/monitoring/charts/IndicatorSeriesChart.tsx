import { Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { AnalyticsChart, DataAsOf } from './AnalyticsChart';
import { type AnalyticsQuery, useAnalyticsQuery } from './analyticsApi';

/**
 * An indicator's actual values over the last years and the next two (where targets usually lie), with its
 * targets (dashed) and baseline (dotted), for one org unit or the national level (the roots).
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
  const { t } = useTranslation(['monitoringAnalytics']);
  const query = useMemo<AnalyticsQuery>(() => {
    const year = new Date().getUTCFullYear();
    return {
      items: [{ type: 'indicator', id: indicatorId }],
      periods: { type: 'yearly', from: String(year - years + 1), to: String(year + 2) },
      orgUnits: orgUnitId ? { ids: [orgUnitId] } : { level: 1 },
      targets: true,
    };
  }, [indicatorId, orgUnitId, years]);
  const result = useAnalyticsQuery(slug, query);
  if (result.isPending) return <PageLoader />;
  if (result.isError) return <ErrorAlert error={result.error} />;
  return (
    <Stack gap={4}>
      <AnalyticsChart
        slug={slug}
        type="series"
        title={t('seriesTitle', { name: result.data.items[0]?.name ?? '' })}
        query={query}
        result={result.data}
      />
      <DataAsOf result={result.data} />
    </Stack>
  );
}
