import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../app/status';
import {
  type AnalyticsQuery,
  analyticsApi,
  type ChartType,
  useDashboards,
  useInvalidateDashboards,
} from '../charts/analyticsApi';

const NEW = '__new__';

/** Saves the builder's query as a chart on an existing dashboard or on a new one. */
export function SaveChartModal({
  slug,
  opened,
  onClose,
  query,
  type,
  defaultTitle,
  dashboardId,
  onSaved,
}: {
  slug: string;
  opened: boolean;
  onClose: () => void;
  query: AnalyticsQuery;
  type: ChartType;
  defaultTitle: string;
  /** Fixed when adding from a dashboard; chosen here otherwise. */
  dashboardId?: string;
  onSaved?: (dashboardId: string) => void;
}) {
  const { t } = useTranslation(['monitoringAnalytics']);
  const dashboards = useDashboards(slug);
  const invalidate = useInvalidateDashboards(slug);
  const [title, setTitle] = useState(defaultTitle);
  const [target, setTarget] = useState<string | null>(dashboardId ?? null);
  const [newName, setNewName] = useState('');
  const list = dashboards.data?.dashboards ?? [];
  const chosen = target ?? list[0]?.id ?? NEW;

  const save = useMutation({
    mutationFn: async () => {
      const dashboard =
        chosen === NEW
          ? (await analyticsApi.createDashboard(slug, newName.trim())).dashboard
          : (list.find((d) => d.id === chosen) ?? { id: chosen, name: '' });
      await analyticsApi.addChart(slug, dashboard.id, { title: title.trim(), type, config: query });
      return dashboard;
    },
    onSuccess: async (dashboard) => {
      await invalidate();
      notifications.show({ color: 'green', message: t('save.saved', { name: dashboard.name }) });
      onSaved?.(dashboard.id);
      onClose();
    },
  });

  return (
    <Modal opened={opened} onClose={onClose} title={t('save.title')} centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t('save.chartTitle')}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            required
            maxLength={200}
          />
          {!dashboardId && (
            <Select
              label={t('save.dashboard')}
              data={[
                ...list.map((d) => ({ value: d.id, label: d.name })),
                { value: NEW, label: t('save.newDashboard') },
              ]}
              value={chosen}
              onChange={setTarget}
              allowDeselect={false}
            />
          )}
          {!dashboardId && chosen === NEW && (
            <TextInput
              label={t('save.newDashboardName')}
              value={newName}
              onChange={(event) => setNewName(event.currentTarget.value)}
              required
              maxLength={200}
            />
          )}
          {save.isError && <ErrorAlert error={save.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('save.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!title.trim()}>
              {t('save.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
