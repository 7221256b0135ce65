import { Button, Group, Loader, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { EChartsCoreOption } from 'echarts/core';
import { lazy, Suspense, useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../app/errors';
import { formatDateTime } from '../../../app/format';
import {
  type AnalyticsQuery,
  type AnalyticsResult,
  type ChartType,
  downloadExport,
  saveBlob,
} from './analyticsApi';
import { type ChartLabels, disaggregationOption, rankedOption, seriesOption } from './chartOptions';
import { defaultLayout, type PivotLayout, PivotTable } from './PivotTable';

const MonitorEChart = lazy(() => import('./MonitorEChart'));

const MONTH = /^(\d{4})(\d{2})$/;

/** Period ids as people read them: months by name in the reader's language, other periods as written. */
export function periodLabel(id: string, language: string): string {
  const month = MONTH.exec(id);
  if (month) {
    const date = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
    return new Intl.DateTimeFormat(language, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
      date,
    );
  }
  return id.replace(/^(\d{4})([QSW])/, '$1 $2');
}

export function useChartLabels(): ChartLabels {
  const { t, i18n } = useTranslation(['monitoringAnalytics']);
  return useMemo(
    () => ({
      period: (id: string) => periodLabel(id, i18n.language),
      target: t('target'),
      baseline: t('baseline'),
    }),
    [t, i18n.language],
  );
}

const fileName = (title: string) => title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'chart';

/** "Data as of …", and a notice while the analytics tables are being rebuilt. */
export function DataAsOf({ result }: { result: Pick<AnalyticsResult, 'dataAsOf' | 'stale'> }) {
  const { t } = useTranslation(['monitoringAnalytics']);
  return (
    <Text size="xs" c={result.stale ? 'orange' : 'dimmed'} data-testid="data-as-of">
      {result.dataAsOf ? t('dataAsOf', { date: formatDateTime(result.dataAsOf) }) : t('neverRefreshed')}
      {result.stale ? ` ${t('staleNotice')}` : ''}
    </Text>
  );
}

/** One chart of a result: the figure (or the pivot table) with its downloads. */
export function AnalyticsChart({
  slug,
  type,
  title,
  query,
  result,
  layout,
  height = 300,
  decorate,
}: {
  slug: string;
  type: ChartType;
  title: string;
  query: AnalyticsQuery;
  result: AnalyticsResult;
  layout?: PivotLayout;
  height?: number;
  /** Adds to the figure's ECharts option (the survey error bars on an indicator's series). */
  decorate?: (option: ReturnType<typeof seriesOption>) => EChartsCoreOption;
}) {
  const { t } = useTranslation(['monitoringAnalytics']);
  const { t: common } = useTranslation();
  const labels = useChartLabels();
  const toPng = useRef<(() => string) | null>(null);
  const onImage = useCallback((render: (() => string) | null) => {
    toPng.current = render;
  }, []);
  const option = useMemo(() => {
    if (type === 'series') {
      const series = seriesOption(result, labels);
      return decorate ? decorate(series) : series;
    }
    if (type === 'ranked') return rankedOption(result, labels);
    if (type === 'disaggregation') return disaggregationOption(result);
    return null;
  }, [type, result, labels, decorate]);

  const download = async (format: 'csv' | 'xlsx') => {
    try {
      await downloadExport(slug, query, format, fileName(title));
    } catch (error) {
      notifications.show({ color: 'red', message: errorText(error, common) });
    }
  };
  const downloadPng = async () => {
    const render = toPng.current;
    if (!render) return;
    const blob = await (await fetch(render())).blob();
    saveBlob(blob, `${fileName(title)}.png`);
  };

  const empty = result.rows.length === 0;
  return (
    <>
      {empty ? (
        <Text c="dimmed" size="sm">
          {t('noData')}
        </Text>
      ) : option ? (
        <Suspense fallback={<Loader size="sm" />}>
          <MonitorEChart
            option={option}
            testId={`chart-${type}`}
            label={title}
            height={height}
            onImage={onImage}
          />
        </Suspense>
      ) : (
        <PivotTable result={result} layout={layout ?? defaultLayout(result)} labels={labels} />
      )}
      <Group gap="xs" mt="xs">
        {option && !empty && (
          <Button size="compact-xs" variant="default" onClick={downloadPng}>
            {t('download.png')}
          </Button>
        )}
        <Button size="compact-xs" variant="default" onClick={() => download('csv')}>
          {t('download.csv')}
        </Button>
        <Button size="compact-xs" variant="default" onClick={() => download('xlsx')}>
          {t('download.xlsx')}
        </Button>
      </Group>
    </>
  );
}
