import { Badge, Card, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemChange, ScenarioComparison } from '../../../api/plans';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { Chart } from '../../assess/charts/Chart';
import { baseOption, CHART_COLORS } from '../../assess/charts/chartBase';
import { planYearLabel } from '../portfolio/itemTree';
import { useComparisonQuery } from '../portfolio/portfolioQueries';
import { type PlanLabels, usePlanLabels, WHOLE_BADGE } from '../portfolio/usePlanLabels';
import { type CostRow, costRows } from './costRows';

interface ScenarioComparisonViewProps {
  slug: string;
  baseId: string;
  scenarioId: string;
}

/**
 * Base plan and scenario side by side: when each ends, what each spends per year, which reforms move.
 * The two may start in different months; the server puts both on one calendar from the earlier start.
 */
export function ScenarioComparisonView(props: ScenarioComparisonViewProps) {
  const { slug, baseId, scenarioId } = props;
  const { t } = useTranslation('portfolio');
  const labels = usePlanLabels();
  const comparison = useComparisonQuery(slug, baseId, scenarioId);

  if (comparison.isPending) return <PageLoader />;
  if (comparison.isError) return <ErrorAlert error={comparison.error} />;
  const data = comparison.data;
  const baseStart = data.base.startMonth;
  const scenarioStart = data.scenario.startMonth;
  const endLabel = (start: string, finish: number) => labels.month(start, Math.max(0, finish - 1));
  // in calendar months: a scenario starting a year later with the same schedule ends a year later
  const delta = data.finishDelta;

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
      <CostComparison data={data} labels={labels} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <ChangeList
          title={t('compare.slipsTitle', { n: data.slips.length })}
          empty={t('compare.noSlips')}
          changes={data.slips}
          color="red"
          sign="+"
          baseStart={baseStart}
          scenarioStart={scenarioStart}
          testId="scenario-slips"
        />
        <ChangeList
          title={t('compare.gainsTitle', { n: data.gains.length })}
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

function CostComparison({ data, labels }: { data: ScenarioComparison; labels: PlanLabels }) {
  const { t } = useTranslation('portfolio');
  const rows = useMemo(() => costRows(data), [data]);
  const [chosen, setChosen] = useState<string | null>(null);
  const yearCount = Math.max(0, ...rows.map((row) => Math.max(row.base.length, row.scenario.length)));
  // both plans' years are 12-month blocks from the earlier of the two starts
  const commonStart = data.startMonth;
  const years = useMemo(
    () => Array.from({ length: yearCount }, (_, index) => planYearLabel(commonStart, index)),
    [yearCount, commonStart],
  );
  const baseName = t('compare.base');
  const scenarioName = t('compare.scenario');
  const budgetName = (row: CostRow) => (row.currency ? `${row.name} (${row.currency})` : row.name);
  // budgets are in different currencies, so the chart shows one budget at a time
  const row = rows.find((candidate) => candidate.key === chosen) ?? rows[0];

  const option = useMemo(() => {
    if (!row) return {};
    return {
      ...baseOption(),
      color: [CHART_COLORS.baseline, CHART_COLORS.current],
      tooltip: { trigger: 'axis', valueFormatter: (value: number) => labels.number(value) },
      legend: { bottom: 0 },
      grid: { left: 8, right: 8, top: 16, bottom: 36, containLabel: true },
      xAxis: { type: 'category', data: years },
      yAxis: { type: 'value', axisLabel: { formatter: (value: number) => labels.number(value) } },
      series: [
        { type: 'bar', name: baseName, data: years.map((_, year) => row.base[year] ?? 0) },
        { type: 'bar', name: scenarioName, data: years.map((_, year) => row.scenario[year] ?? 0) },
      ],
    };
  }, [row, years, baseName, scenarioName, labels]);

  if (!row)
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

  const total = (values: number[]) => values.reduce((sum, value) => sum + value, 0);
  const cell = (base: number, scenario: number, side: 'base' | 'scenario') => {
    const value = side === 'base' ? base : scenario;
    const difference = scenario - base;
    return (
      <>
        {labels.number(value)}
        {side === 'scenario' && difference !== 0 && (
          <Text size="xs" c={difference < 0 ? 'orange.8' : 'teal.8'}>
            <bdi>
              {difference > 0 ? '+' : '−'}
              {labels.number(Math.abs(difference))}
            </bdi>
          </Text>
        )}
      </>
    );
  };

  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-end">
        <Title order={4} size="h5">
          {t('compare.costTitle')}
        </Title>
        <Select
          label={t('compare.budget')}
          data={rows.map((candidate) => ({ value: candidate.key, label: budgetName(candidate) }))}
          value={row.key}
          onChange={(value) => value && setChosen(value)}
          allowDeselect={false}
          w={{ base: '100%', xs: 320 }}
        />
      </Group>
      <Chart
        option={option}
        testId="scenario-cost-chart"
        label={t('compare.costChartLabel', { budget: budgetName(row) })}
        height={260}
      />
      <Table.ScrollContainer minWidth={Math.max(480, 200 + years.length * 110)}>
        <Table verticalSpacing={4} data-testid="scenario-cost-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('compare.budget')}</Table.Th>
              {years.map((year) => (
                <Table.Th key={year} ta="end">
                  {year}
                </Table.Th>
              ))}
              <Table.Th ta="end">{t('compare.total')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.flatMap((budget) => [
              <Table.Tr key={`${budget.key}-name`} bg="var(--mantine-color-gray-0)">
                <Table.Td colSpan={years.length + 2}>
                  <Text size="sm" fw={600}>
                    <bdi>{budgetName(budget)}</bdi>
                  </Text>
                </Table.Td>
              </Table.Tr>,
              ...(['base', 'scenario'] as const).map((side) => (
                <Table.Tr key={`${budget.key}-${side}`}>
                  <Table.Td>
                    <Text size="sm">{side === 'base' ? baseName : scenarioName}</Text>
                  </Table.Td>
                  {years.map((year, index) => (
                    <Table.Td key={year} ta="end" style={{ verticalAlign: 'top' }}>
                      {cell(budget.base[index] ?? 0, budget.scenario[index] ?? 0, side)}
                    </Table.Td>
                  ))}
                  <Table.Td ta="end" fw={600} style={{ verticalAlign: 'top' }}>
                    {cell(total(budget.base), total(budget.scenario), side)}
                  </Table.Td>
                </Table.Tr>
              )),
            ])}
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
                    <Badge color={color} variant="light" styles={WHOLE_BADGE}>
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
