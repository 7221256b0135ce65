import { Alert, Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { RatesUsed } from '../../finance/RatesUsed';
import { usePlansQuery } from '../../plan/planQueries';
import { coordinationApi, coordinationKeys, useCoordinationAccess } from '../coordinationApi';
import { CoverageLegend, CoverageMatrix } from './CoverageMatrix';

/** Who funds which priority need and reform area, in one currency, with gaps and possible duplications. */
export function CoveragePage() {
  const { t } = useTranslation('coordination');
  const { slug } = useCoordinationAccess();
  const [currency, setCurrency] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const [planId, setPlanId] = useState<string | null>(null);
  const plans = usePlansQuery(slug);
  const coverage = useQuery({
    queryKey: coordinationKeys.coverage(slug, currency, planId),
    queryFn: () =>
      coordinationApi.coverage(slug, { currency: currency ?? undefined, planId: planId ?? undefined }),
    placeholderData: keepPreviousData,
  });
  if (coverage.isPending) return <PageLoader />;
  if (coverage.isError && !coverage.data) return <ErrorAlert error={coverage.error} />;
  const data = coverage.data;
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const code = typed.trim().toUpperCase();
    setCurrency(/^[A-Z]{3}$/.test(code) ? code : null);
  };
  const gaps = data.rows.filter((row) => row.gap).length;
  const duplications = data.rows.filter((row) => row.duplication).length;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Stack gap={2}>
          <Title order={2} size="h4">
            {data.plan ? t('coverage.planTitle', { plan: data.plan.name }) : t('coverage.noPlan')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('coverage.summary', { gaps, duplications })}
          </Text>
        </Stack>
        <form onSubmit={apply}>
          <Group gap="xs" align="flex-end" wrap="wrap">
            <Select
              label={t('coverage.plan')}
              data={(plans.data?.plans ?? [])
                .filter((plan) => plan.scenarioOf === null)
                .map((plan) => ({ value: plan.id, label: plan.name }))}
              value={data.plan?.id ?? null}
              onChange={(value) => value && setPlanId(value)}
              allowDeselect={false}
              w={220}
              data-testid="coverage-plan"
            />
            <TextInput
              label={t('coverage.currency')}
              placeholder={data.currency}
              value={typed}
              onChange={(event) => setTyped(event.currentTarget.value)}
              maxLength={3}
              w={110}
              data-testid="coverage-currency"
            />
            <Button type="submit" variant="light">
              {t('coverage.show')}
            </Button>
          </Group>
        </form>
      </Group>
      {coverage.isError && <ErrorAlert error={coverage.error} />}
      {data.funders.length === 0 && data.rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('coverage.empty')}
        </Text>
      ) : (
        <CoverageMatrix coverage={data} />
      )}
      <CoverageLegend coverage={data} />
      <RatesUsed rates={data.ratesUsed} testId="coverage-rates" />
      {data.hiddenFunderCount > 0 && (
        <Text size="xs" c="dimmed">
          {t('coverage.hiddenFunders', { count: data.hiddenFunderCount })}
        </Text>
      )}
      {data.missingRates.length > 0 && (
        <Alert color="yellow">
          {t('coverage.unconverted', {
            count: data.missingRates.reduce((sum, missing) => sum + missing.count, 0),
            currencies: data.missingRates.map((missing) => missing.currency).join(', '),
            currency: data.currency,
          })}
        </Alert>
      )}
    </Stack>
  );
}
