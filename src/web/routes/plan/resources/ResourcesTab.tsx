import { Alert, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResourceLoad } from '../../../../core/planning/analysis';
import type { PlanDetail, PlanResource } from '../../../api/plans';
import { formatList } from '../../../app/format';
import { Chart } from '../../assess/charts/Chart';
import { formatAmount } from '../planFormat';
import { CostPerYearTable } from './CostPerYearTable';
import { editedLoads } from './editedLoads';
import { loadOption, periodLabel } from './loadChart';

function LoadCard({
  load,
  resource,
  startMonth,
}: {
  load: ResourceLoad;
  resource: PlanResource | undefined;
  startMonth: string;
}) {
  const { t } = useTranslation('plan');
  const budget = resource?.kind === 'budget';
  const format = (value: number) =>
    budget ? formatAmount(value, resource?.currency ?? null) : `${formatAmount(value, null)}`;
  const overloads = load.periods.filter((entry) => entry.over);
  const overLabels = overloads.map((entry) => periodLabel(startMonth, load, entry.period));
  const limit = t(`resources.limit.${load.limitKind}`, { period: t(`resources.per.${load.capacityPeriod}`) });

  return (
    <Paper withBorder p="sm" radius="md" data-testid={`resource-load-${load.resourceId}`}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title order={3} size="h5">
            <bdi>{load.name}</bdi>
          </Title>
          <Badge variant="light" color={overloads.length > 0 ? 'red' : 'green'}>
            {overloads.length > 0
              ? t('resources.overloaded', { count: overloads.length })
              : t('resources.withinCapacity')}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {resource ? `${t(`resources.kind.${resource.kind}`)} · ` : ''}
          {budget && resource?.currency ? `${resource.currency} · ` : load.unit ? `${load.unit} · ` : ''}
          {limit}
        </Text>
        <Chart
          option={loadOption(load, {
            startMonth,
            format,
            usedName: t('resources.used'),
            capacityName: t('resources.capacity'),
          })}
          testId={`resource-chart-${load.resourceId}`}
          label={t('resources.chartLabel', { name: load.name })}
          height={240}
        />
        {overloads.length > 0 && (
          <Text size="sm" c="red.8">
            {t('resources.overIn', {
              periods: formatList(overLabels.slice(0, 8)) + (overLabels.length > 8 ? ' …' : ''),
            })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * What each resource is used for, period by period, against its capacity; and what the plan costs per year.
 * Unsaved moves on the Gantt count, so a dragged bar's effect on every resource can be seen here.
 */
export function ResourcesTab({ detail, edits }: { detail: PlanDetail; edits: Record<string, number> }) {
  const { t } = useTranslation('plan');
  const { loads, costPerYear } = useMemo(() => editedLoads(detail, edits), [detail, edits]);
  const moves = Object.keys(edits).length;
  const startMonth = detail.plan.startMonth;
  if (loads.length === 0) return <Text c="dimmed">{t('resources.empty')}</Text>;

  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed">
        {t('resources.intro')}
      </Text>
      {moves > 0 && (
        <Alert color="orange" variant="light" data-testid="resources-with-moves">
          {t('resources.withMoves', { moves: t('gantt.unsaved', { count: moves }) })}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        {loads.map((load) => (
          <LoadCard
            key={load.resourceId}
            load={load}
            resource={detail.resources.find((resource) => resource.id === load.resourceId)}
            startMonth={startMonth}
          />
        ))}
      </SimpleGrid>
      {costPerYear.length > 0 && <CostPerYearTable costs={costPerYear} startMonth={startMonth} />}
    </Stack>
  );
}
