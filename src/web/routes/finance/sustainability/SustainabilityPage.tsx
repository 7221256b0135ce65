import { Button, Group, Modal, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../app/ConfirmModal';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { Chart } from '../../assess/charts/Chart';
import { useErrorText } from '../../assess/useErrorText';
import { financeKeys, formatMoney, useFinancePermissions, useFinanceSettingsQuery } from '../financeQueries';
import { fiscalYearLabel } from '../overview/analysisApi';
import { CurrencyPicker } from '../overview/CurrencyPicker';
import { FinanceNotes } from '../overview/FinanceNotes';
import { ReformCostsTable } from './ReformCostsTable';
import { ScenarioForm } from './ScenarioForm';
import { SustainabilityTable } from './SustainabilityTable';
import {
  type NewFinanceScenario,
  type Sustainability,
  sustainabilityApi,
  sustainabilityKeys,
} from './sustainabilityApi';
import { sustainabilityOption } from './sustainabilityChart';

const DEFAULT = 'default';

/** What the state can pay once donors leave: the sustainability gap per fiscal year under a scenario. */
export function SustainabilityPage() {
  const { t } = useTranslation('financeAnalysis');
  const errorMessage = useErrorText();
  const { slug, canWriteFinance } = useFinancePermissions();
  const client = useQueryClient();
  const settings = useFinanceSettingsQuery(slug);
  const [currency, setCurrency] = useState<string | null>(null);
  const [scenarioId, setScenarioId] = useState<string | null>(null);
  const [editing, setEditing] = useState<'new' | 'edit' | null>(null);
  const [deleting, setDeleting] = useState(false);
  const scenarios = useQuery({
    queryKey: sustainabilityKeys.scenarios(slug),
    queryFn: () => sustainabilityApi.scenarios(slug),
  });
  const defaults = useQuery({
    queryKey: sustainabilityKeys.table(slug, null, currency),
    queryFn: () => sustainabilityApi.defaults(slug, currency),
  });
  const projection = useQuery({
    queryKey: sustainabilityKeys.table(slug, scenarioId, currency),
    queryFn: () => sustainabilityApi.projection(slug, scenarioId as string, currency),
    enabled: scenarioId !== null,
  });
  const selected = scenarios.data?.find((scenario) => scenario.id === scenarioId) ?? null;
  const refresh = () => client.invalidateQueries({ queryKey: financeKeys.all(slug) });

  const save = useMutation({
    mutationFn: (input: NewFinanceScenario) =>
      editing === 'edit' && selected
        ? sustainabilityApi.update(slug, selected.id, input)
        : sustainabilityApi.create(slug, input),
    onSuccess: async (scenario) => {
      setEditing(null);
      setScenarioId(scenario.id);
      await refresh();
      notifications.show({ color: 'green', message: t('form.saved') });
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => sustainabilityApi.remove(slug, id),
    onSuccess: async () => {
      setDeleting(false);
      setScenarioId(null);
      await refresh();
      notifications.show({ color: 'green', message: t('form.deleted') });
    },
    onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
  });

  const table = scenarioId === null ? defaults : projection;
  if (table.isPending || scenarios.isPending) return <PageLoader />;
  if (table.isError) return <ErrorAlert error={table.error} />;
  if (scenarios.isError) return <ErrorAlert error={scenarios.error} />;
  const data: Sustainability = table.data;
  const yearLabel = (year: number) => fiscalYearLabel(year, data.fiscalYearStartMonth);
  const money = (value: number | null) => (value === null ? '—' : formatMoney(value, data.currency));
  const observed = defaults.data?.assumptions;
  const openEditor = (mode: 'new' | 'edit') => {
    save.reset();
    setEditing(mode);
  };

  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed" maw={720}>
        {t('sustainability.intro')}
      </Text>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Group align="flex-end" wrap="wrap">
          <Select
            label={t('sustainability.scenario')}
            data={[
              { value: DEFAULT, label: t('sustainability.defaultScenario') },
              ...scenarios.data.map((scenario) => ({ value: scenario.id, label: scenario.name })),
            ]}
            value={scenarioId ?? DEFAULT}
            onChange={(value) => setScenarioId(!value || value === DEFAULT ? null : value)}
            allowDeselect={false}
            w={260}
            data-testid="scenario-picker"
          />
          {canWriteFinance && (
            <Group gap="xs">
              <Button variant="light" onClick={() => openEditor('new')}>
                {t('sustainability.newScenario')}
              </Button>
              {selected && (
                <>
                  <Button variant="default" onClick={() => openEditor('edit')}>
                    {t('sustainability.editScenario')}
                  </Button>
                  <Button variant="subtle" color="red" onClick={() => setDeleting(true)}>
                    {t('sustainability.deleteScenario')}
                  </Button>
                </>
              )}
            </Group>
          )}
        </Group>
        <CurrencyPicker
          slug={slug}
          reportingCurrency={settings.data?.reportingCurrency ?? data.currency}
          value={data.currency}
          onChange={setCurrency}
        />
      </Group>
      {data.plan && (
        <Text size="sm">
          {t('sustainability.plan', { name: data.plan.name, date: data.plan.statusDate })}
        </Text>
      )}
      <FinanceNotes ratesUsed={data.ratesUsed} warnings={data.warnings} />
      {data.years.length > 0 && (
        <>
          <Text
            fw={700}
            data-testid="sustainability-gap-total"
            c={(data.totalGap ?? 0) > 0 ? 'red' : 'green'}
          >
            {(data.totalGap ?? 0) > 0
              ? t('sustainability.totalGap', {
                  amount: money(data.totalGap),
                  year: data.firstGapYear === null ? '' : yearLabel(data.firstGapYear),
                })
              : t('sustainability.noGap')}
          </Text>
          <section>
            <Title order={2} size="h4" mb="xs">
              {t('sustainability.chartTitle')}
            </Title>
            <Chart
              option={sustainabilityOption(
                data.years,
                {
                  baseline: t('series.baseline'),
                  takeOvers: t('series.takeOvers'),
                  reform: t('series.reform'),
                  fiscalSpace: t('series.fiscalSpace'),
                  donors: t('series.donors'),
                  gap: t('series.gap'),
                },
                { year: yearLabel, money: (value) => money(value) },
              )}
              testId="sustainability-chart"
              label={t('sustainability.chartLabel')}
              height={340}
            />
            <Text size="xs" c="dimmed" mt={4}>
              {t('sustainability.chartHelp')}
            </Text>
          </section>
          <SustainabilityTable years={data.years} yearLabel={yearLabel} money={money} />
        </>
      )}
      <ReformCostsTable data={data} yearLabel={yearLabel} money={money} />
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'edit' ? t('sustainability.editScenario') : t('sustainability.newScenario')}
        size="lg"
      >
        {editing !== null && (
          <ScenarioForm
            scenario={editing === 'edit' ? selected : null}
            funders={data.funders}
            defaults={{
              baseYear: observed?.baseYear ?? null,
              gdpGrowthPct: observed ? (Object.values(observed.gdpGrowthPct)[0] ?? null) : null,
              revenueToGdpPct: observed?.revenueToGdpPct ?? null,
              expenditureToRevenuePct: observed?.expenditureToRevenuePct ?? null,
              securityShareOfExpenditurePct: observed?.securityShareOfExpenditurePct ?? null,
            }}
            busy={save.isPending}
            error={save.error}
            onSubmit={(input) => save.mutate(input)}
            onCancel={() => setEditing(null)}
          />
        )}
      </Modal>
      <ConfirmModal
        opened={deleting}
        title={t('sustainability.deleteScenario')}
        message={t('sustainability.deleteMessage', { name: selected?.name ?? '' })}
        confirmLabel={t('sustainability.deleteScenario')}
        busy={remove.isPending}
        onConfirm={() => selected && remove.mutate(selected.id)}
        onClose={() => setDeleting(false)}
      />
    </Stack>
  );
}
