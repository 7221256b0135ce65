import { MultiSelect, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listItems } from '../../../../core/frameworks/structure';
import { AGGREGATIONS, VALUE_TYPES } from '../../../../core/indicators/types';
import { useFrameworkQuery, useFrameworksQuery } from '../../assess/assessQueries';
import { FormButtons, useMonitoringSave } from '../monitoringForm';
import {
  type DataElement,
  type DataElementInput,
  localName,
  metadataApi,
  useCategories,
} from './monitoringMetadataQueries';
import { CodeNameFields, useNamedDraft } from './setupForm';

const FIELDS = [
  'code',
  'name',
  'description',
  'valueType',
  'aggregation',
  'categoryIds',
  'assessmentFrameworkId',
  'assessmentItemId',
] as const;
type ValueType = (typeof VALUE_TYPES)[number];
type Aggregation = (typeof AGGREGATIONS)[number];

/** A framework's text in the reader's language, else English. */
const inLanguage = (text: object, language: string) => {
  const texts = text as Partial<Record<string, string>>;
  return texts[language.slice(0, 2)] || texts.en || '';
};

/** A data element: value type, aggregation rule, categories (fixed once values exist), assessment source. */
export function DataElementForm(props: { slug: string; element: DataElement | null; onDone: () => void }) {
  const { t, i18n } = useTranslation(['monitoringSetup']);
  const { element } = props;
  const categories = useCategories(props.slug);
  const frameworks = useFrameworksQuery(props.slug);
  const draft = useNamedDraft(element);
  const [description, setDescription] = useState(element?.description ?? '');
  const [valueType, setValueType] = useState<ValueType>(element?.valueType ?? 'number');
  const [aggregation, setAggregation] = useState<Aggregation>(element?.aggregation ?? 'sum');
  const [categoryIds, setCategoryIds] = useState<string[]>(element?.categoryIds ?? []);
  const [frameworkId, setFrameworkId] = useState<string | null>(element?.assessmentFrameworkId ?? null);
  const [itemId, setItemId] = useState<string | null>(element?.assessmentItemId ?? null);
  const framework = useFrameworkQuery(props.slug, frameworkId);
  const items = framework.data ? listItems(framework.data.framework).map(({ item }) => item) : [];
  const { save, errorOf, detailError } = useMonitoringSave({
    slug: props.slug,
    fields: FIELDS,
    saved: t('saved'),
    onDone: props.onDone,
    mutationFn: (input: DataElementInput) =>
      element
        ? metadataApi.updateDataElement(props.slug, element.id, input)
        : metadataApi.createDataElement(props.slug, input),
  });
  const locked = (element?.valueCount ?? 0) > 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const named = draft.input();
    if (!named) return;
    save.mutate({
      ...named,
      description: description.trim() || null,
      valueType,
      aggregation,
      categoryIds,
      assessmentFrameworkId: frameworkId,
      assessmentItemId: frameworkId ? itemId : null,
    });
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <CodeNameFields draft={draft} errorOf={errorOf} />
        <Textarea
          label={t('dataElements.description')}
          autosize
          minRows={2}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          error={errorOf('description')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('dataElements.valueType')}
            data={VALUE_TYPES.map((value) => ({ value, label: t(`valueType.${value}`) }))}
            value={valueType}
            onChange={(value) => value && setValueType(value as ValueType)}
            allowDeselect={false}
            error={errorOf('valueType')}
          />
          <Select
            label={t('dataElements.aggregation')}
            description={t(`aggregationHelp.${aggregation}`)}
            data={AGGREGATIONS.map((value) => ({ value, label: t(`aggregation.${value}`) }))}
            value={aggregation}
            onChange={(value) => value && setAggregation(value as Aggregation)}
            allowDeselect={false}
            error={errorOf('aggregation')}
          />
        </SimpleGrid>
        <MultiSelect
          label={t('dataElements.categories')}
          description={locked ? t('dataElements.categoriesLocked') : t('dataElements.categoriesHelp')}
          data={(categories.data ?? []).map((c) => ({
            value: c.id,
            label: `${c.code} · ${localName(c, i18n.language)}`,
          }))}
          value={categoryIds}
          onChange={setCategoryIds}
          disabled={locked}
          maxValues={5}
          error={errorOf('categoryIds')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('dataElements.framework')}
            description={t('dataElements.frameworkHelp')}
            placeholder={t('dataElements.noFramework')}
            data={(frameworks.data?.frameworks ?? []).map((f) => ({
              value: f.id,
              label: inLanguage(f.name, i18n.language),
            }))}
            value={frameworkId}
            onChange={(value) => {
              setFrameworkId(value);
              setItemId(null);
            }}
            clearable
            error={errorOf('assessmentFrameworkId')}
          />
          <Select
            label={t('dataElements.item')}
            placeholder={t('dataElements.overallScore')}
            data={items.map((item) => ({
              value: item.id,
              label: `${item.code} ${inLanguage(item.text, i18n.language)}`,
            }))}
            value={itemId}
            onChange={setItemId}
            searchable
            clearable
            disabled={!frameworkId}
            error={errorOf('assessmentItemId')}
          />
        </SimpleGrid>
        <FormButtons busy={save.isPending} error={detailError} onCancel={props.onDone} />
      </Stack>
    </form>
  );
}
