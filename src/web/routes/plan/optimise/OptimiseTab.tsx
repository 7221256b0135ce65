import { Alert, Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PlanDetail, plansApi } from '../../../api/plans';
import { formatNumber } from '../../../app/format';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { formatFinish } from '../planFormat';
import {
  planKeys,
  useInvalidatePlans,
  useOptimisationQuery,
  useOptimisationsQuery,
  usePlanPermissions,
} from '../planQueries';
import { OptimiseForm, type OptimiseSettings } from './OptimiseForm';
import { OptimiseHistory } from './OptimiseHistory';
import { OptimiseResult } from './OptimiseResult';

/**
 * Runs the scheduler on the plan (in a worker on the server), follows its progress, shows the optimised
 * schedule beside the current one, and applies it; then the Gantt shows the new schedule.
 */
export function OptimiseTab({ detail, onApplied }: { detail: PlanDetail; onApplied: () => void }) {
  const { t } = useTranslation('plan');
  const { slug, canWrite } = usePlanPermissions();
  const planId = detail.plan.id;
  const client = useQueryClient();
  const invalidate = useInvalidatePlans(slug);
  const history = useOptimisationsQuery(slug, planId);
  const runs = useMemo(
    () => [...(history.data?.optimisations ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    [history.data],
  );
  const [chosenId, setChosenId] = useState<string | null>(null);
  const selectedId = chosenId ?? runs[0]?.id ?? null;
  const selected = useOptimisationQuery(slug, planId, selectedId);
  const run = selected.data?.optimisation ?? null;
  const running = run?.status === 'running';

  // once a run ends, the list of runs (its status and figures) is out of date
  useEffect(() => {
    if (run && run.status !== 'running')
      void client.invalidateQueries({ queryKey: planKeys.optimisations(slug, planId), exact: true });
  }, [run?.status, run, client, slug, planId]);

  const start = useMutation({
    mutationFn: (settings: OptimiseSettings) => plansApi.startOptimisation(slug, planId, settings),
    onSuccess: ({ optimisation }) => {
      client.setQueryData([...planKeys.optimisations(slug, planId), 'run', optimisation.id], {
        optimisation,
      });
      setChosenId(optimisation.id);
      void client.invalidateQueries({ queryKey: planKeys.optimisations(slug, planId), exact: true });
    },
  });
  const cancel = useMutation({
    mutationFn: (id: string) => plansApi.cancelOptimisation(slug, planId, id),
    onSuccess: () => client.invalidateQueries({ queryKey: planKeys.optimisations(slug, planId) }),
  });
  const apply = useMutation({
    mutationFn: (id: string) => plansApi.applyOptimisation(slug, planId, id),
    onSuccess: async ({ optimisation }) => {
      await invalidate();
      notifications.show({
        color: 'green',
        message: t('optimise.applied', {
          finish: formatFinish(detail.plan.startMonth, optimisation.after?.finishMonth ?? 0) ?? '—',
        }),
      });
      onApplied();
    },
  });

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('optimise.intro')}
      </Text>
      {canWrite ? (
        <Paper withBorder p="md" radius="md">
          <OptimiseForm
            busy={start.isPending}
            disabled={running}
            onStart={(settings) => start.mutate(settings)}
          />
          {start.isError && <ErrorAlert error={start.error} title={t('optimise.startFailed')} />}
        </Paper>
      ) : (
        <Alert color="gray">{t('optimise.readOnly')}</Alert>
      )}
      {selected.isPending && selectedId !== null && <PageLoader />}
      {selected.isError && <ErrorAlert error={selected.error} />}
      {run && running && (
        <Paper withBorder p="md" radius="md" data-testid="optimise-progress">
          <Stack gap="xs">
            <Title order={3} size="h5">
              {t('optimise.running')}
            </Title>
            <Progress
              value={Math.round(run.progress * 100)}
              animated
              aria-label={t('optimise.progressLabel')}
            />
            <Group justify="space-between">
              <Text size="sm" aria-live="polite">
                {t('optimise.progress', {
                  percent: Math.round(run.progress * 100),
                  schedules: formatNumber(run.schedules),
                  budget: formatNumber(run.scheduleBudget),
                })}
              </Text>
              {canWrite && (
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => cancel.mutate(run.id)}
                  loading={cancel.isPending}
                  data-testid="optimise-cancel"
                >
                  {t('optimise.cancel')}
                </Button>
              )}
            </Group>
            {cancel.isError && <ErrorAlert error={cancel.error} />}
          </Stack>
        </Paper>
      )}
      {run && run.status === 'failed' && (
        <Alert color="red" title={t('optimise.status.failed')}>
          {run.error ?? t('optimise.failedUnknown')}
        </Alert>
      )}
      {run && run.status === 'cancelled' && !run.after && (
        <Alert color="gray">{t('optimise.cancelledEmpty')}</Alert>
      )}
      {run && !running && run.after && (
        <OptimiseResult
          optimisation={run}
          detail={detail}
          canApply={canWrite && (run.status === 'done' || run.status === 'cancelled')}
          applying={apply.isPending}
          applyError={apply.error}
          onApply={() => apply.mutate(run.id)}
        />
      )}
      {history.isError && <ErrorAlert error={history.error} />}
      <OptimiseHistory
        runs={runs}
        startMonth={detail.plan.startMonth}
        selectedId={selectedId}
        onSelect={(id) => {
          apply.reset();
          setChosenId(id);
        }}
      />
    </Stack>
  );
}
