import { Alert, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Period, parsePeriod } from '../../../../core/indicators/periods';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { localName, useDataSets, useOrgUnits } from '../setup/monitoringMetadataQueries';
import { DataEntryForm } from './DataEntryForm';
import { currentPeriod, stepPeriod } from './periodStepper';

/** Picks the form (data set, org unit, period), then shows it. */
export function DataEntryPanel({ slug, canWrite }: { slug: string; canWrite: boolean }) {
  const { t, i18n } = useTranslation(['monitoringData']);
  const dataSets = useDataSets(slug);
  const orgUnits = useOrgUnits(slug);
  const [dataSetId, setDataSetId] = useState<string | null>(null);
  const [orgUnitId, setOrgUnitId] = useState<string | null>(null);
  const [periodId, setPeriodId] = useState<string | null>(null);

  const dataSet = (dataSets.data ?? []).find((d) => d.id === dataSetId) ?? dataSets.data?.[0] ?? null;
  const unitOptions = useMemo(() => {
    const allowed = new Set(dataSet?.orgUnitIds ?? []);
    return (orgUnits.data ?? [])
      .filter((unit) => allowed.has(unit.id))
      .map((unit) => ({ value: unit.id, label: `${localName(unit, i18n.language)} (${unit.code})` }));
  }, [dataSet, orgUnits.data, i18n.language]);
  const unit = unitOptions.find((option) => option.value === orgUnitId) ?? unitOptions[0] ?? null;
  const period: Period | null = useMemo(() => {
    if (!dataSet) return null;
    const chosen = periodId ? parsePeriod(periodId) : null;
    return chosen && chosen.type === dataSet.periodType ? chosen : currentPeriod(dataSet.periodType);
  }, [dataSet, periodId]);

  if (dataSets.isPending || orgUnits.isPending) return <PageLoader />;
  if (dataSets.isError) return <ErrorAlert error={dataSets.error} />;
  if (orgUnits.isError) return <ErrorAlert error={orgUnits.error} />;
  if (!dataSet) return <Alert color="gray">{t('entry.noDataSets')}</Alert>;

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={t('entry.dataSet')}
          data={(dataSets.data ?? []).map((d) => ({ value: d.id, label: localName(d, i18n.language) }))}
          value={dataSet.id}
          onChange={(value) => {
            setDataSetId(value);
            setOrgUnitId(null);
            setPeriodId(null);
          }}
          allowDeselect={false}
          miw={220}
        />
        <Select
          label={t('entry.orgUnit')}
          data={unitOptions}
          value={unit?.value ?? null}
          onChange={setOrgUnitId}
          searchable
          allowDeselect={false}
          nothingFoundMessage={t('entry.noOrgUnit')}
          miw={220}
        />
        {period && (
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('entry.period')} ·{' '}
              {t(
                `entry.periodType.${dataSet.periodType.startsWith('financial_') ? 'financial' : dataSet.periodType}`,
              )}
            </Text>
            <Group gap={4} wrap="nowrap">
              <Button variant="default" size="sm" onClick={() => setPeriodId(stepPeriod(period, -1).id)}>
                {t('entry.previous')}
              </Button>
              <Text
                fw={600}
                miw={90}
                ta="center"
                aria-live="polite"
                title={`${period.start} – ${period.end}`}
              >
                {period.id}
              </Text>
              <Button variant="default" size="sm" onClick={() => setPeriodId(stepPeriod(period, 1).id)}>
                {t('entry.next')}
              </Button>
            </Group>
          </Stack>
        )}
      </Group>
      {!unit && <Alert color="gray">{t('entry.noOrgUnits')}</Alert>}
      {unit && period && (
        <DataEntryForm
          slug={slug}
          entryKey={{ dataSetId: dataSet.id, orgUnitId: unit.value, period: period.id }}
          canWrite={canWrite}
        />
      )}
    </Stack>
  );
}
