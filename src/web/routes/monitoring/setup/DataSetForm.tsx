import { MultiSelect, Select, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PERIOD_TYPES } from '../../../../core/indicators/periods';
import { FormButtons, useMonitoringSave } from '../monitoringForm';
import {
  type DataSet,
  type DataSetInput,
  localName,
  metadataApi,
  useDataElements,
  useOrgUnits,
} from './monitoringMetadataQueries';
import { CodeNameFields, useNamedDraft } from './setupForm';

const FIELDS = ['code', 'name', 'periodType', 'dataElementIds', 'orgUnitIds'] as const;
type PeriodType = (typeof PERIOD_TYPES)[number];

/** A data set (entry form): how often, which data elements, reported by which org units. */
export function DataSetForm(props: { slug: string; dataSet: DataSet | null; onDone: () => void }) {
  const { t, i18n } = useTranslation(['monitoringSetup']);
  const { dataSet } = props;
  const elements = useDataElements(props.slug);
  const units = useOrgUnits(props.slug);
  const draft = useNamedDraft(dataSet);
  const [periodType, setPeriodType] = useState<PeriodType>(dataSet?.periodType ?? 'monthly');
  const [dataElementIds, setDataElementIds] = useState<string[]>(dataSet?.dataElementIds ?? []);
  const [orgUnitIds, setOrgUnitIds] = useState<string[]>(dataSet?.orgUnitIds ?? []);
  const { save, errorOf, detailError } = useMonitoringSave({
    slug: props.slug,
    fields: FIELDS,
    saved: t('saved'),
    onDone: props.onDone,
    mutationFn: (input: DataSetInput) =>
      dataSet
        ? metadataApi.updateDataSet(props.slug, dataSet.id, input)
        : metadataApi.createDataSet(props.slug, input),
  });
  // "dataElementIds.3: …" names the list
  const listError = (field: 'dataElementIds' | 'orgUnitIds') =>
    errorOf(field) ??
    (save.error instanceof Error && save.error.message.startsWith(`${field}.`) ? save.error.message : null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const named = draft.input();
    if (!named) return;
    save.mutate({
      ...named,
      periodType,
      dataElementIds,
      orgUnitIds,
    });
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <CodeNameFields draft={draft} errorOf={errorOf} />
        <Select
          label={t('dataSets.periodType')}
          data={PERIOD_TYPES.map((value) => ({ value, label: t(`periodType.${value}`) }))}
          value={periodType}
          onChange={(value) => value && setPeriodType(value as PeriodType)}
          allowDeselect={false}
          error={errorOf('periodType')}
        />
        <MultiSelect
          label={t('dataSets.dataElements')}
          data={(elements.data ?? []).map((e) => ({
            value: e.id,
            label: `${e.code} · ${localName(e, i18n.language)}`,
          }))}
          value={dataElementIds}
          onChange={setDataElementIds}
          searchable
          error={listError('dataElementIds')}
        />
        <MultiSelect
          label={t('dataSets.orgUnits')}
          data={(units.data ?? []).map((u) => ({
            value: u.id,
            label: `${u.code} · ${localName(u, i18n.language)}`,
          }))}
          value={orgUnitIds}
          onChange={setOrgUnitIds}
          searchable
          error={listError('orgUnitIds')}
        />
        <FormButtons
          busy={save.isPending}
          error={listError('dataElementIds') || listError('orgUnitIds') ? null : detailError}
          onCancel={props.onDone}
        />
      </Stack>
    </form>
  );
}
