import { Select, SimpleGrid } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { plansApi } from '../../../api/plans';
import { planKeys, usePlansQuery } from '../../plan/planQueries';

/** A plan, then one of its programmes, projects or activities (the flow funds it). */
export function PlanItemSelect(props: {
  slug: string;
  planId: string | null;
  value: string | null;
  onChange: (itemId: string | null) => void;
  error?: string | null;
}) {
  const { t } = useTranslation('funding');
  const plans = usePlansQuery(props.slug);
  const planList = plans.data?.plans ?? [];
  const [planId, setPlanId] = useState<string | null>(
    props.planId ?? planList.find((plan) => plan.scenarioOf === null)?.id ?? null,
  );
  const chosenPlan = planId ?? planList.find((plan) => plan.scenarioOf === null)?.id ?? null;
  const detail = useQuery({
    queryKey: planKeys.detail(props.slug, chosenPlan ?? ''),
    queryFn: () => plansApi.get(props.slug, chosenPlan ?? ''),
    enabled: chosenPlan !== null,
  });
  const items = detail.data?.items ?? [];
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }}>
      <Select
        label={t('flows.plan')}
        data={planList.map((plan) => ({ value: plan.id, label: plan.name }))}
        value={chosenPlan}
        onChange={(value) => {
          setPlanId(value);
          props.onChange(null);
        }}
        allowDeselect={false}
      />
      <Select
        label={t('flows.planItem')}
        placeholder={t('flows.noPlanItem')}
        data={items.map((item) => ({ value: item.id, label: `${item.code} ${item.name}` }))}
        value={props.value}
        onChange={props.onChange}
        searchable
        clearable
        error={props.error}
      />
    </SimpleGrid>
  );
}
