import { Checkbox, Group, MultiSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PERIOD_TYPES } from '../../../../core/indicators/periods';
import { CHART_TYPE_LIST, type ChartType, useAnalyticsState } from '../charts/analyticsApi';
import type { PivotDimension } from '../charts/chartOptions';
import { useIndicatorsQuery } from '../indicators/indicatorQueries';
import { localName, useCategories, useDataElements, useOrgUnits } from '../setup/monitoringMetadataQueries';
import { type BuilderState, validPeriod } from './builderState';

const DIMENSIONS: PivotDimension[] = ['item', 'period', 'orgUnit', 'option'];

/** Items, periods, org units, an optional split and the view: the analytics builder's form. */
export function QueryBuilder({
  slug,
  value,
  onChange,
}: {
  slug: string;
  value: BuilderState;
  onChange: (next: BuilderState) => void;
}) {
  const { t, i18n } = useTranslation(['monitoringAnalytics', 'monitoringSetup']);
  const indicators = useIndicatorsQuery(slug);
  const elements = useDataElements(slug);
  const units = useOrgUnits(slug);
  const categories = useCategories(slug);
  // fiscal years the workspace does not use are not aggregated: offer only what the tables hold
  const aggregated = useAnalyticsState(slug).data?.periodTypes;
  const periodTypes = PERIOD_TYPES.filter((type) => !aggregated || aggregated.includes(type));
  const set = (patch: Partial<BuilderState>) => onChange({ ...value, ...patch });
  const language = i18n.language;

  const itemData = [
    {
      group: t('builder.indicatorsGroup'),
      items: (indicators.data?.indicators ?? []).map((i) => ({
        value: `indicator:${i.id}`,
        label: `${i.code} · ${localName(i, language)}`,
      })),
    },
    {
      group: t('builder.elementsGroup'),
      items: (elements.data ?? []).map((e) => ({
        value: `dataElement:${e.id}`,
        label: `${e.code} · ${localName(e, language)}`,
      })),
    },
  ];
  const orgUnits = units.data ?? [];
  const levels = [...new Set(orgUnits.map((u) => u.level))].sort((a, b) => a - b);
  const dimensionData = DIMENSIONS.map((d) => ({ value: d, label: t(`dimension.${d}`) }));

  return (
    <Stack gap="sm">
      <MultiSelect
        label={t('builder.items')}
        placeholder={value.items.length === 0 ? t('builder.itemsPlaceholder') : undefined}
        data={itemData}
        value={value.items}
        onChange={(items) => set({ items })}
        searchable
        clearable
        maxValues={20}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Select
          label={t('builder.periodType')}
          data={periodTypes.map((type) => ({ value: type, label: t(`monitoringSetup:periodType.${type}`) }))}
          value={value.periodType}
          onChange={(type) => type && set({ periodType: type as BuilderState['periodType'] })}
          allowDeselect={false}
        />
        <TextInput
          label={t('builder.from')}
          description={t('builder.periodHelp')}
          value={value.from}
          onChange={(event) => set({ from: event.currentTarget.value })}
          error={validPeriod(value.from) ? undefined : t('builder.invalidPeriod')}
        />
        <TextInput
          label={t('builder.to')}
          description={t('builder.periodHelp')}
          value={value.to}
          onChange={(event) => set({ to: event.currentTarget.value })}
          error={validPeriod(value.to) ? undefined : t('builder.invalidPeriod')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Select
          label={t('builder.orgUnitLevel')}
          data={levels.map((level) => ({ value: String(level), label: t('builder.level', { level }) }))}
          value={value.level === null ? null : String(value.level)}
          onChange={(level) => set({ level: level === null ? null : Number(level) })}
          clearable
        />
        <Select
          label={t('builder.orgUnitParent')}
          placeholder={t('builder.anyParent')}
          data={orgUnits.map((u) => ({ value: u.id, label: localName(u, language) }))}
          value={value.parentId}
          onChange={(parentId) => set({ parentId })}
          searchable
          clearable
        />
        <Select
          label={t('builder.disaggregation')}
          placeholder={t('builder.noSplit')}
          data={(categories.data ?? []).map((c) => ({
            value: c.id,
            label: localName(c, language),
          }))}
          value={value.categoryId}
          onChange={(categoryId) => set({ categoryId })}
          clearable
        />
      </SimpleGrid>
      <Group gap="md" align="flex-end" wrap="wrap">
        <Select
          label={t('builder.view')}
          data={CHART_TYPE_LIST.map((type) => ({ value: type, label: t(`chartType.${type}`) }))}
          value={value.type}
          onChange={(type) => type && set({ type: type as ChartType })}
          allowDeselect={false}
        />
        <Checkbox
          label={t('builder.targets')}
          checked={value.targets}
          onChange={(event) => set({ targets: event.currentTarget.checked })}
        />
      </Group>
      {value.type === 'pivot' && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <MultiSelect
            label={t('builder.rows')}
            data={dimensionData}
            value={value.rows}
            onChange={(rows) =>
              set({ rows: rows as PivotDimension[], columns: value.columns.filter((c) => !rows.includes(c)) })
            }
          />
          <MultiSelect
            label={t('builder.columns')}
            data={dimensionData}
            value={value.columns}
            onChange={(columns) =>
              set({
                columns: columns as PivotDimension[],
                rows: value.rows.filter((r) => !columns.includes(r)),
              })
            }
          />
        </SimpleGrid>
      )}
    </Stack>
  );
}
