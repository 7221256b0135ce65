import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { useCurrentWorkspace } from '../../workspaces/workspaceContext';
import { AnalyticsChart, DataAsOf } from '../charts/AnalyticsChart';
import { useAnalyticsQuery } from '../charts/analyticsApi';
import { type BuilderState, builderQuery, initialBuilderState } from './builderState';
import { QueryBuilder } from './QueryBuilder';
import { SaveChartModal } from './SaveChartModal';

/** The analytics builder: choose what, when and where, see it as a table or a chart, save it to a dashboard. */
export function AnalyticsPage() {
  const { t } = useTranslation(['monitoringAnalytics']);
  const { workspace, can } = useCurrentWorkspace();
  const slug = workspace.slug;
  const [state, setState] = useState<BuilderState>(() => initialBuilderState(null));
  const [saving, setSaving] = useState(false);
  const [debounced] = useDebouncedValue(state, 400);
  const query = useMemo(() => builderQuery(debounced), [debounced]);
  const result = useAnalyticsQuery(slug, query);
  const title = result.data?.items.map((i) => i.name).join(', ') ?? '';

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed" maw={760}>
        {t('analytics.intro')}
      </Text>
      <Card withBorder padding="md">
        <QueryBuilder slug={slug} value={state} onChange={setState} />
      </Card>
      {!query ? (
        <Text size="sm" c="dimmed">
          {t('analytics.chooseItems')}
        </Text>
      ) : result.isPending ? (
        <PageLoader />
      ) : result.isError ? (
        <ErrorAlert error={result.error} />
      ) : (
        <Card withBorder padding="md" data-testid="analytics-result">
          <Group justify="space-between" align="flex-start" mb="xs">
            <Stack gap={2}>
              <Text fw={600}>{title}</Text>
              <DataAsOf result={result.data} />
            </Stack>
            {can('dashboard:write') && (
              <Button variant="light" onClick={() => setSaving(true)}>
                {t('analytics.saveToDashboard')}
              </Button>
            )}
          </Group>
          <AnalyticsChart
            slug={slug}
            type={debounced.type}
            title={title}
            query={query}
            result={result.data}
            layout={{ rows: debounced.rows, columns: debounced.columns }}
            height={360}
          />
        </Card>
      )}
      {saving && query && (
        <SaveChartModal
          slug={slug}
          opened
          onClose={() => setSaving(false)}
          query={query}
          type={debounced.type}
          defaultTitle={title}
        />
      )}
    </Stack>
  );
}
