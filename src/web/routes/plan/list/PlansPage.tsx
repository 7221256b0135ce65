import { Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { plansApi } from '../../../api/plans';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { useInvalidatePlans, usePlanPermissions, usePlansQuery } from '../planQueries';
import { NewPlanForm, type NewPlanInput } from './NewPlanForm';
import { PlanTable } from './PlanTable';

/** The workspace's reform plans, each with its scenarios beneath it, and a form to start a new one. */
export function PlansPage() {
  const { t } = useTranslation('plan');
  const { slug, canWrite } = usePlanPermissions();
  const plans = usePlansQuery(slug);
  const invalidate = useInvalidatePlans(slug);
  const navigate = useNavigate();
  const narrow = useMediaQuery('(max-width: 48em)');
  const [creating, setCreating] = useState(false);

  const create = useMutation({
    mutationFn: (input: NewPlanInput) => plansApi.create(slug, input),
    onSuccess: async ({ plan }) => {
      setCreating(false);
      await invalidate();
      notifications.show({ color: 'green', message: t('create.created') });
      await navigate({ to: '/w/$slug/plan/$planId', params: { slug, planId: plan.id }, search: {} });
    },
  });

  const list = plans.data?.plans ?? [];
  const baseCount = list.filter((plan) => plan.scenarioOf === null).length;

  return (
    <Stack gap="sm">
      <Title order={1} size="h2">
        {t('title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('intro')}
      </Text>
      <Group justify="space-between" align="center">
        <Text size="sm" c="dimmed" aria-live="polite">
          {plans.data
            ? `${t('list.count', { count: baseCount })} · ${t('list.scenarioCount', { count: list.length - baseCount })}`
            : ''}
        </Text>
        {canWrite && (
          <Button
            onClick={() => {
              create.reset();
              setCreating(true);
            }}
            data-testid="new-plan"
          >
            {t('create.open')}
          </Button>
        )}
      </Group>
      {plans.isPending && <PageLoader />}
      {plans.isError && <ErrorAlert error={plans.error} />}
      {plans.data &&
        (list.length === 0 ? (
          <Text c="dimmed">{canWrite ? t('list.emptyWriter') : t('list.empty')}</Text>
        ) : (
          <PlanTable slug={slug} plans={list} />
        ))}
      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('create.title')}
        size="lg"
        fullScreen={narrow}
      >
        <NewPlanForm
          busy={create.isPending}
          error={create.error}
          onSubmit={(input) => create.mutate(input)}
          onCancel={() => setCreating(false)}
        />
      </Modal>
    </Stack>
  );
}
