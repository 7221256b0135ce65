import { MultiSelect, Select, SimpleGrid } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { plansApi } from '../../../api/plans';
import { planKeys, usePlansQuery } from '../../plan/planQueries';

interface LinkedItem {
  id: string;
  code: string;
  name: string;
  planId: string;
}

/**
 * Plan items a result is delivered by: pick a plan, then its items. Items already linked from other
 * plans stay chosen (and listed) while another plan is shown.
 */
export function PlanItemsPicker(props: {
  slug: string;
  value: string[];
  linked: LinkedItem[];
  onChange: (ids: string[]) => void;
  error?: string | null;
}) {
  const { t } = useTranslation('monitoringResults');
  const plans = usePlansQuery(props.slug);
  const planList = plans.data?.plans ?? [];
  const [planId, setPlanId] = useState<string | null>(props.linked[0]?.planId ?? null);
  const shown = planId ?? planList.find((plan) => plan.scenarioOf === null)?.id ?? null;
  const detail = useQuery({
    queryKey: planKeys.detail(props.slug, shown ?? ''),
    queryFn: () => plansApi.get(props.slug, shown ?? ''),
    enabled: shown !== null,
  });
  const items = detail.data?.items ?? [];
  const options = [
    ...items.map((item) => ({ value: item.id, label: `${item.code} ${item.name}` })),
    ...props.linked
      .filter((item) => !items.some((shownItem) => shownItem.id === item.id))
      .map((item) => ({ value: item.id, label: `${item.code} ${item.name}` })),
  ];
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <Select
        label={t('form.plan')}
        data={planList.map((plan) => ({ value: plan.id, label: plan.name }))}
        value={shown}
        onChange={setPlanId}
        allowDeselect={false}
      />
      <MultiSelect
        label={t('form.planItems')}
        description={t('form.planItemsHelp')}
        data={options}
        value={props.value}
        onChange={props.onChange}
        searchable
        error={props.error}
      />
    </SimpleGrid>
  );
}
