import { Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemChange, ScenarioComparison } from '../../../api/plans';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { Chart } from '../../assess/charts/Chart';
import { baseOption, CHART_COLORS } from '../../assess/charts/chartBase';
import { planYearLabel } from '../portfolio/itemTree';
import { useComparisonQuery } from '../portfolio/portfolioQueries';
import { type PlanLabels, usePlanLabels } from '../portfolio/usePlanLabels';
import { costRows } from './costRows';

interface ScenarioComparisonViewProps {
  slug: string;
  baseId: string;
  scenarioId: string;
  baseStart: string;
  scenarioStart: string;
}

/** Base plan and scenario side by side: when each ends, what each spends per year, which reforms move. */
export function ScenarioComparisonView(props: ScenarioComparisonViewProps) {
  const { slug, baseId, scenarioId, baseStart, scenarioStart } = props;
  const { t } = useTranslation('portfolio');
  const labels = usePlanLabels();
  const comparison = useComparisonQuery(slug, baseId, scenarioId);

  if (comparison.isPending) return <PageLoader />;
  if (comparison.isError) return <ErrorAlert error={comparison.error} />;
  const data = comparison.data;
  const endLabel = (start: string, finish: number) => labels.month(start, Math.max(0, finish - 1));
  const delta = data.scenario.finishMonth - data.base.finishMonth;

  return (
    <Stack gap="md" data-testid="scenario-compare">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Card withBorder padding="sm">
          <Text size="xs" c="dimmed" tt="uppercase">
            {t('compare.base')}
          </Text>
          <Text fw={600}>
            <bdi>{data.base.name}</bdi>
          </Text>
          <Text size="sm">{t('compare.endsIn', { month: endLabel(baseStart, data.base.finishMonth) })}</Text>
        </Card>
        <Card withBorder padding="sm">
          <Text size="xs" c="dimmed" tt="uppercase">
            {t('compare.scenario')}
          </Text>
          <Text fw={600}>
            <bdi>{data.scenario.name}</bdi>
          </Text>
          <Group gap="xs">
            <Text size="sm">
              {t('compare.endsIn', { month: endLabel(scenarioStart, data.scenario.finishMonth) })}
            </Text>
            <Badge
              color={delta > 0 ? 'red' : delta < 0 ? 'green' : 'gray'}
              variant="light"
              data-testid="finish-delta"
            >
              {delta === 0
                ? t('compare.sameEnd')
                : delta > 0
                  ? t('compare.later', { count: delta })
                  : t('compare.earlier', { count: -delta })}
            </Badge>
          </Group>
        </Card>
      </SimpleGrid>
      <CostComparison data={data} baseStart={baseStart} labels={labels} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <ChangeList
          title={t('compare.slips', { count: data.slips.length })}
          empty={t('compare.noSlips')}
          changes={data.slips}
          color="red"
          sign="+"
          baseStart={baseStart}
          scenarioStart={scenarioStart}
          testId="scenario-slips"
        />
        <ChangeList
          title={t('compare.gains', { count: data.gains.length })}
          empty={t('compare.noGains')}
          changes={data.gains}
          color="green"
          sign="−"
          baseStart={baseStart}
          scenarioStart={scenarioStart}
          testId="scenario-gains"
        />
      </SimpleGrid>
    </Stack>
  );
}

function CostComparison({
  data,
  baseStart,
  labels,
}: {
  data: ScenarioComparison;
  baseStart: string;
  labels: PlanLabels;
}) {
  const { t } = useTranslation('portfolio');
  const rows = useMemo(() => costRows(data), [data]);
  const yearCount = Math.max(0, ...rows.map((row) => Math.max(row.base.length, row.scenario.length)));
  const years = Array.from({ length: yearCount }, (_, index) => planYearLabel(baseStart, index));
  const baseName = t('compare.base');
  const scenarioName = t('compare.scenario');

  const option = useMemo(() => {
    const palette = ['#4263eb', '#f08c00', '#0ca678', '#ae3ec9', '#e8590c', '#1098ad'];
    const series = rows.flatMap((row, index) => {
      const color = palette[index % palette.length];
      const name = row.currency ? `${row.name} (${row.currency})` : row.name;
      return [
        {
          type: 'bar' as const,
          name: `${name} · ${baseName}`,
          data: years.map((_, year) => row.base[year] ?? 0),
          itemStyle: { color, opacity: 0.45 },
        },
        {
          type: 'bar' as const,
          name: `${name} · ${scenarioName}`,
          data: years.map((_, year) => row.scenario[year] ?? 0),
          itemStyle: { color },
        },
      ];
    });
    return {
      ...baseOption(),
      color: [CHART_COLORS.baseline, CHART_COLORS.current],
      tooltip: { trigger: 'axis', valueFormatter: (value: number) => labels.number(value) },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 8, right: 8, top: 16, bottom: 48, containLabel: true },
      xAxis: { type: 'category', data: years },
      yAxis: { type: 'value', axisLabel: { formatter: (value: number) => labels.number(value) } },
      series,
    };
  }, [rows, years, baseName, scenarioName, labels]);

  if (rows.length === 0)
    return (
      <Stack gap="xs">
        <Title order={4} size="h5">
          {t('compare.costTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('compare.noBudgets')}
        </Text>
      </Stack>
    );

  return (
    <Stack gap="xs">
      <Title order={4} size="h5">
        {t('compare.costTitle')}
      </Title>
      <Chart option={option} testId="scenario-cost-chart" label={t('compare.costChartLabel')} height={300} />
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing={4} striped data-testid="scenario-cost-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('compare.budget')}</Table.Th>
              <Table.Th>{t('compare.year')}</Table.Th>
              <Table.Th ta="end">{baseName}</Table.Th>
              <Table.Th ta="end">{scenarioName}</Table.Th>
              <Table.Th ta="end">{t('compare.difference')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.flatMap((row) =>
              years.map((year, index) => {
                const base = row.base[index] ?? 0;
                const scenario = row.scenario[index] ?? 0;
                const difference = scenario - base;
                return (
                  <Table.Tr key={`${row.key}-${year}`}>
                    <Table.Td>
                      <bdi>{row.name}</bdi>
                      {row.currency ? ` (${row.currency})` : ''}
                    </Table.Td>
                    <Table.Td>{year}</Table.Td>
                    <Table.Td ta="end">{labels.number(base)}</Table.Td>
                    <Table.Td ta="end">{labels.number(scenario)}</Table.Td>
                    <Table.Td ta="end">
                      <bdi>
                        {difference > 0 ? '+' : ''}
                        {labels.number(difference)}
                      </bdi>
                    </Table.Td>
                  </Table.Tr>
                );
              }),
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function ChangeList(props: {
  title: string;
  empty: string;
  changes: ItemChange[];
  color: string;
  sign: string;
  baseStart: string;
  scenarioStart: string;
  testId: string;
}) {
  const { title, empty, changes, color, sign, baseStart, scenarioStart, testId } = props;
  const { t } = useTranslation('portfolio');
  const labels = usePlanLabels();
  const end = (start: string, finish: number) => labels.month(start, Math.max(0, finish - 1));
  return (
    <Stack gap="xs" data-testid={testId}>
      <Title order={4} size="h5">
        {title}
      </Title>
      {changes.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={420}>
          <Table verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('compare.reform')}</Table.Th>
                <Table.Th>{t('compare.baseEnd')}</Table.Th>
                <Table.Th>{t('compare.scenarioEnd')}</Table.Th>
                <Table.Th ta="end">{t('compare.months')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {changes.map((change) => (
                <Table.Tr key={change.itemId}>
                  <Table.Td>
                    <Text size="sm">
                      <bdi>{change.code}</bdi> · <bdi>{change.name}</bdi>
                    </Text>
                  </Table.Td>
                  <Table.Td>{end(baseStart, change.baseFinish)}</Table.Td>
                  <Table.Td>{end(scenarioStart, change.scenarioFinish)}</Table.Td>
                  <Table.Td ta="end">
                    <Badge color={color} variant="light">
                      <bdi>
                        {sign}
                        {labels.number(Math.abs(change.months))}
                      </bdi>
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
