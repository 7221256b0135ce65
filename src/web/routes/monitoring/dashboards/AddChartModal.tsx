import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../app/status';
import { type BuilderState, builderQuery, initialBuilderState } from '../analytics/builderState';
import { QueryBuilder } from '../analytics/QueryBuilder';
import { analyticsApi } from '../charts/analyticsApi';

/** The analytics builder in a dialog: choose a query and a view, give it a title, add it to the dashboard. */
export function AddChartModal({
  slug,
  dashboardId,
  onClose,
  onAdded,
}: {
  slug: string;
  dashboardId: string;
  onClose: () => void;
  onAdded: () => Promise<unknown>;
}) {
  const { t } = useTranslation(['monitoringAnalytics']);
  const [state, setState] = useState<BuilderState>(() => initialBuilderState(null));
  const [title, setTitle] = useState('');
  const query = builderQuery(state);
  const add = useMutation({
    mutationFn: () => {
      if (!query) throw new Error('incomplete query');
      return analyticsApi.addChart(slug, dashboardId, {
        title: title.trim(),
        type: state.type,
        config: query,
      });
    },
    onSuccess: async () => {
      await onAdded();
      onClose();
    },
  });

  return (
    <Modal opened onClose={onClose} title={t('dashboards.addChart')} size="xl">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          add.mutate();
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t('save.chartTitle')}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            required
            maxLength={200}
            data-autofocus
          />
          <QueryBuilder slug={slug} value={state} onChange={setState} />
          {!query && (
            <Text size="sm" c="dimmed">
              {t('analytics.chooseItems')}
            </Text>
          )}
          {add.isError && <ErrorAlert error={add.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('save.cancel')}
            </Button>
            <Button type="submit" loading={add.isPending} disabled={!query || !title.trim()}>
              {t('save.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
