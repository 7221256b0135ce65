import { Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PlanSummary, plansApi } from '../../../api/plans';
import { planKeys, usePlansQuery } from '../../plan/planQueries';
import { useFinancePermissions } from '../financeQueries';
import { IatiActivitiesTable } from './IatiActivitiesTable';
import { IatiImportsList } from './IatiImportsList';
import { IatiUpload } from './IatiUpload';
import { iatiExportUrl } from './iatiApi';

/** The plan imports match against by default, as the server chooses it: the latest approved, else the latest. */
function defaultPlan(plans: readonly PlanSummary[]): PlanSummary | null {
  const own = plans.filter((plan) => plan.scenarioOf === null);
  const approved = own
    .filter((plan) => plan.status === 'approved')
    .sort((a, b) => (b.approvedAt ?? '').localeCompare(a.approvedAt ?? ''));
  return approved[0] ?? own[0] ?? null;
}

/**
 * IATI, the format donors already publish: import their activity files (matched to the plan's reform
 * activities), review the matches, and export the programme as IATI 2.03.
 */
export function IatiPage() {
  const { t } = useTranslation('iati');
  const { slug, canWriteFunding } = useFinancePermissions();
  const plans = usePlansQuery(slug);
  const planList = plans.data?.plans ?? [];
  const fallback = defaultPlan(planList);
  const [planId, setPlanId] = useState<string | null>(null);
  const chosenPlan = planId ?? fallback?.id ?? null;
  const detail = useQuery({
    queryKey: planKeys.detail(slug, chosenPlan ?? ''),
    queryFn: () => plansApi.get(slug, chosenPlan ?? ''),
    enabled: chosenPlan !== null,
  });
  const planOptions = planList
    .filter((plan) => plan.scenarioOf === null)
    .map((plan) => ({ value: plan.id, label: plan.name }));
  const items = (chosenPlan ? (detail.data?.items ?? []) : [])
    .filter((item) => item.kind === 'activity')
    .map((item) => ({ value: item.id, label: `${item.code} ${item.name}` }));

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Text size="sm" c="dimmed" maw={560}>
          {t('intro')}
        </Text>
        <Button component="a" href={iatiExportUrl(slug)} download={`${slug}-iati.xml`} variant="light">
          {t('export')}
        </Button>
      </Group>
      {canWriteFunding && (
        <Stack gap="xs">
          <Title order={3}>{t('upload.title')}</Title>
          <IatiUpload slug={slug} plans={planOptions} defaultPlanId={chosenPlan} />
        </Stack>
      )}
      <Stack gap="xs">
        <Title order={3}>{t('history.title')}</Title>
        <IatiImportsList slug={slug} />
      </Stack>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-end">
          <Title order={3}>{t('activities.heading')}</Title>
          {planOptions.length > 1 && (
            <Select
              label={t('activities.plan')}
              data={planOptions}
              value={chosenPlan}
              onChange={setPlanId}
              allowDeselect={false}
              w={{ base: '100%', xs: 280 }}
            />
          )}
        </Group>
        <IatiActivitiesTable slug={slug} items={items} canMatch={canWriteFunding} />
      </Stack>
    </Stack>
  );
}
