import { ActionIcon, Alert, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { AnalyticsChart, DataAsOf } from '../charts/AnalyticsChart';
import { analyticsApi, type DashboardChart, useDashboard } from '../charts/analyticsApi';

/** A dashboard's charts in a responsive grid, each with its downloads; writers may move and remove them. */
export function DashboardCharts({
  slug,
  dashboardId,
  canEdit,
  onChanged,
}: {
  slug: string;
  dashboardId: string;
  canEdit: boolean;
  onChanged: () => Promise<unknown>;
}) {
  const { t } = useTranslation(['monitoringAnalytics']);
  const detail = useDashboard(slug, dashboardId);
  const remove = useMutation({
    mutationFn: (chart: DashboardChart) => analyticsApi.deleteChart(slug, chart.id),
    onSuccess: async () => {
      await onChanged();
      notifications.show({ color: 'green', message: t('dashboards.chartRemoved') });
    },
  });
  const move = useMutation({
    mutationFn: ({ chart, position }: { chart: DashboardChart; position: number }) =>
      analyticsApi.updateChart(slug, chart.id, { position }),
    onSuccess: onChanged,
  });

  if (detail.isPending) return <PageLoader />;
  if (detail.isError) return <ErrorAlert error={detail.error} />;
  const { charts } = detail.data;
  return (
    <Stack gap="sm">
      <DataAsOf result={detail.data} />
      {remove.isError && <ErrorAlert error={remove.error} />}
      {charts.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('dashboards.noCharts')}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        {charts.map((chart, index) => (
          <Card key={chart.id} withBorder padding="sm" data-testid="dashboard-chart">
            <Group justify="space-between" align="flex-start" wrap="nowrap" mb="xs">
              <Text fw={600}>{chart.title}</Text>
              {canEdit && (
                <Group gap={4} wrap="nowrap">
                  <ActionIcon
                    variant="subtle"
                    aria-label={t('dashboards.moveUp')}
                    title={t('dashboards.moveUp')}
                    disabled={index === 0 || move.isPending}
                    onClick={() => move.mutate({ chart, position: index - 1 })}
                  >
                    ↑
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    aria-label={t('dashboards.moveDown')}
                    title={t('dashboards.moveDown')}
                    disabled={index === charts.length - 1 || move.isPending}
                    onClick={() => move.mutate({ chart, position: index + 1 })}
                  >
                    ↓
                  </ActionIcon>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    loading={remove.isPending && remove.variables?.id === chart.id}
                    onClick={() => remove.mutate(chart)}
                  >
                    {t('dashboards.removeChart')}
                  </Button>
                </Group>
              )}
            </Group>
            {chart.data && chart.config ? (
              <AnalyticsChart
                slug={slug}
                type={chart.type}
                title={chart.title}
                query={chart.config}
                result={chart.data}
                layout={chart.config.layout}
              />
            ) : (
              <Alert color="orange">
                {t('dashboards.chartError', {
                  reason: t(`dashboards.chartErrors.${chart.errorCode ?? 'invalid_query'}`),
                })}
              </Alert>
            )}
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
