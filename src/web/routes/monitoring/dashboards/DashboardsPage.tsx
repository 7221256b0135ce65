import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../app/ConfirmModal';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { useCurrentWorkspace } from '../../workspaces/workspaceContext';
import { analyticsApi, type Dashboard, useDashboards, useInvalidateDashboards } from '../charts/analyticsApi';
import { AddChartModal } from './AddChartModal';
import { DashboardCharts } from './DashboardCharts';

type Naming = { mode: 'create' } | { mode: 'rename'; dashboard: Dashboard };

/** Saved dashboards: pick one and see its charts; writers create, rename, delete and fill them. */
export function DashboardsPage() {
  const { t } = useTranslation(['monitoringAnalytics']);
  const { workspace, can } = useCurrentWorkspace();
  const slug = workspace.slug;
  const canEdit = can('dashboard:write');
  const dashboards = useDashboards(slug);
  const invalidate = useInvalidateDashboards(slug);
  const [picked, setPicked] = useState<string | null>(null);
  const [naming, setNaming] = useState<Naming | null>(null);
  const [deleting, setDeleting] = useState<Dashboard | null>(null);
  const [adding, setAdding] = useState(false);

  const remove = useMutation({
    mutationFn: (dashboard: Dashboard) => analyticsApi.deleteDashboard(slug, dashboard.id),
    onSuccess: async () => {
      setDeleting(null);
      setPicked(null);
      await invalidate();
      notifications.show({ color: 'green', message: t('dashboards.deleted') });
    },
  });

  if (dashboards.isPending) return <PageLoader />;
  if (dashboards.isError) return <ErrorAlert error={dashboards.error} />;
  const list = dashboards.data.dashboards;
  const current = list.find((d) => d.id === picked) ?? list[0] ?? null;

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed" maw={760}>
        {t('dashboards.intro')}
      </Text>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        {list.length > 0 ? (
          <Select
            label={t('dashboards.pick')}
            data={list.map((d) => ({ value: d.id, label: d.name }))}
            value={current?.id ?? null}
            onChange={setPicked}
            allowDeselect={false}
            miw={240}
          />
        ) : (
          <Text size="sm" c="dimmed">
            {canEdit ? t('dashboards.emptyWriter') : t('dashboards.emptyReader')}
          </Text>
        )}
        {canEdit && (
          <Group gap="xs" wrap="wrap">
            {current && <Button onClick={() => setAdding(true)}>{t('dashboards.addChart')}</Button>}
            <Button variant="light" onClick={() => setNaming({ mode: 'create' })}>
              {t('dashboards.create')}
            </Button>
            {current && (
              <Button variant="default" onClick={() => setNaming({ mode: 'rename', dashboard: current })}>
                {t('dashboards.rename')}
              </Button>
            )}
            {current && (
              <Button variant="subtle" color="red" onClick={() => setDeleting(current)}>
                {t('dashboards.delete')}
              </Button>
            )}
          </Group>
        )}
      </Group>
      {current && (
        <DashboardCharts slug={slug} dashboardId={current.id} canEdit={canEdit} onChanged={invalidate} />
      )}
      {naming && (
        <NameModal
          slug={slug}
          naming={naming}
          onClose={() => setNaming(null)}
          onSaved={async (dashboard) => {
            setPicked(dashboard.id);
            await invalidate();
          }}
        />
      )}
      {adding && current && (
        <AddChartModal
          slug={slug}
          dashboardId={current.id}
          onClose={() => setAdding(false)}
          onAdded={invalidate}
        />
      )}
      <ConfirmModal
        opened={deleting !== null}
        title={t('dashboards.delete')}
        message={t('dashboards.deleteConfirm', { name: deleting?.name ?? '' })}
        confirmLabel={t('dashboards.delete')}
        busy={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}

function NameModal({
  slug,
  naming,
  onClose,
  onSaved,
}: {
  slug: string;
  naming: Naming;
  onClose: () => void;
  onSaved: (dashboard: Dashboard) => Promise<void>;
}) {
  const { t } = useTranslation(['monitoringAnalytics']);
  const [name, setName] = useState(naming.mode === 'rename' ? naming.dashboard.name : '');
  const save = useMutation({
    mutationFn: async () =>
      naming.mode === 'create'
        ? (await analyticsApi.createDashboard(slug, name.trim())).dashboard
        : (await analyticsApi.renameDashboard(slug, naming.dashboard.id, name.trim())).dashboard,
    onSuccess: async (dashboard) => {
      await onSaved(dashboard);
      notifications.show({
        color: 'green',
        message: naming.mode === 'create' ? t('dashboards.created') : t('dashboards.renamed'),
      });
      onClose();
    },
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={naming.mode === 'create' ? t('dashboards.create') : t('dashboards.rename')}
      centered
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t('dashboards.name')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            required
            maxLength={200}
            data-autofocus
          />
          {save.isError && <ErrorAlert error={save.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('save.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!name.trim()}>
              {t('save.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
