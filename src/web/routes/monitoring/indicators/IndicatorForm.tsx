import {
  Fieldset,
  Input,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PERIOD_TYPES } from '../../../../core/indicators/periods';
import { DIRECTIONS, FACTORS, INDICATOR_KINDS, INDICATOR_LEVELS } from '../../../../core/indicators/types';
import { NAME_TRANSLATION_LANGUAGES, type NameTranslations } from '../../../../core/sector-map/categories';
import { WORKSPACE_LANGUAGE_NAMES } from '../../../i18n/languages';
import { useActorsQuery } from '../../assess/assessQueries';
import { CodeNameInputs, FormButtons, useCodeName, useMonitoringSave } from '../monitoringForm';
import { useResultsChainQuery } from '../results/resultsQueries';
import { IndicatorExpressionField } from './IndicatorExpressionField';
import { type Indicator, type IndicatorInput, indicatorsApi } from './indicatorQueries';

const FIELDS = [
  'code',
  'name',
  'description',
  'level',
  'kind',
  'numerator',
  'denominator',
  'factor',
  'direction',
  'dataSource',
  'frequency',
  'responsibleActorId',
  'resultId',
  'onTrackFrom',
  'atRiskFrom',
] as const;

type Level = IndicatorInput['level'];
type Kind = IndicatorInput['kind'];
type Direction = NonNullable<IndicatorInput['direction']>;
type Frequency = NonNullable<IndicatorInput['frequency']>;

/** Define an indicator or change its definition; `onDone` runs once it is saved. */
export function IndicatorForm({
  slug,
  indicator,
  onDone,
}: {
  slug: string;
  indicator?: Indicator;
  onDone: () => void;
}) {
  const { t } = useTranslation(['monitoringIndicators', 'translation']);
  const actors = useActorsQuery(slug);
  const chain = useResultsChainQuery(slug);
  const codeName = useCodeName(indicator?.code, indicator?.name);
  const [translations, setTranslations] = useState<NameTranslations>(indicator?.nameTranslations ?? {});
  const [description, setDescription] = useState(indicator?.description ?? '');
  const [level, setLevel] = useState<Level | null>(indicator?.level ?? null);
  const [kind, setKind] = useState<Kind | null>(indicator?.kind ?? null);
  const [numerator, setNumerator] = useState(indicator?.numerator ?? '');
  const [denominator, setDenominator] = useState(indicator?.denominator ?? '1');
  const [factor, setFactor] = useState(String(indicator?.factor ?? 1));
  const [direction, setDirection] = useState<Direction>(indicator?.direction ?? 'higher');
  const [dataSource, setDataSource] = useState(indicator?.dataSource ?? '');
  const [frequency, setFrequency] = useState<Frequency>(indicator?.frequency ?? 'yearly');
  const [actorId, setActorId] = useState<string | null>(indicator?.responsibleActor?.id ?? null);
  const [resultId, setResultId] = useState<string | null>(indicator?.result?.id ?? null);
  const [onTrack, setOnTrack] = useState<number | string>(Math.round((indicator?.onTrackFrom ?? 0.9) * 100));
  const [atRisk, setAtRisk] = useState<number | string>(Math.round((indicator?.atRiskFrom ?? 0.6) * 100));

  const { save, errorOf, detailError } = useMonitoringSave({
    slug,
    fields: FIELDS,
    saved: t('form.saved'),
    onDone,
    mutationFn: (input: IndicatorInput) =>
      indicator ? indicatorsApi.update(slug, indicator.id, input) : indicatorsApi.create(slug, input),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!codeName.filled || !level || !kind || !numerator.trim()) return;
    save.mutate({
      code: codeName.code.trim(),
      name: codeName.name.trim(),
      nameTranslations: Object.fromEntries(
        Object.entries(translations).map(([language, text]) => [language, text?.trim() ?? '']),
      ),
      description: description.trim() || null,
      level,
      kind,
      numerator: numerator.trim(),
      denominator: denominator.trim() || '1',
      factor: Number(factor),
      direction,
      dataSource: dataSource.trim() || null,
      frequency,
      responsibleActorId: actorId,
      resultId,
      onTrackFrom: Number(onTrack) / 100,
      atRiskFrom: Number(atRisk) / 100,
    });
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <CodeNameInputs
          value={codeName}
          labels={{ code: t('form.code'), name: t('form.name') }}
          errors={{ code: errorOf('code'), name: errorOf('name') }}
        />
        <Fieldset legend={t('form.translations')} variant="filled">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {NAME_TRANSLATION_LANGUAGES.map((language) => (
              <TextInput
                key={language}
                label={t('form.nameIn', { language: WORKSPACE_LANGUAGE_NAMES[language] })}
                lang={language}
                dir={language === 'ar' ? 'rtl' : 'ltr'}
                value={translations[language] ?? ''}
                onChange={(event) => {
                  const text = event.currentTarget.value;
                  setTranslations((current) => ({ ...current, [language]: text }));
                }}
              />
            ))}
          </SimpleGrid>
        </Fieldset>
        <Textarea
          label={t('form.description')}
          autosize
          minRows={2}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          error={errorOf('description')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('form.level')}
            required
            data={INDICATOR_LEVELS.map((value) => ({ value, label: t(`level.${value}`) }))}
            value={level}
            onChange={(value) => setLevel(value as Level | null)}
            error={errorOf('level')}
          />
          <Select
            label={t('form.kind')}
            required
            data={INDICATOR_KINDS.map((value) => ({ value, label: t(`kind.${value}`) }))}
            value={kind}
            onChange={(value) => setKind(value as Kind | null)}
            error={errorOf('kind')}
          />
        </SimpleGrid>
        <IndicatorExpressionField
          slug={slug}
          label={t('form.numerator')}
          description={t('form.expressionHelp')}
          required
          value={numerator}
          onChange={setNumerator}
          error={errorOf('numerator')}
        />
        <IndicatorExpressionField
          slug={slug}
          label={t('form.denominator')}
          value={denominator}
          onChange={setDenominator}
          error={errorOf('denominator')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Select
            label={t('form.factor')}
            data={FACTORS.map((value) => ({ value: String(value), label: t(`factor.${value}`) }))}
            value={factor}
            onChange={(value) => setFactor(value ?? '1')}
            allowDeselect={false}
            error={errorOf('factor')}
          />
          <Select
            label={t('form.frequency')}
            data={PERIOD_TYPES.map((value) => ({ value, label: t(`frequency.${value}`) }))}
            value={frequency}
            onChange={(value) => setFrequency((value ?? 'yearly') as Frequency)}
            allowDeselect={false}
            error={errorOf('frequency')}
          />
          <Input.Wrapper label={t('form.direction')}>
            <SegmentedControl
              fullWidth
              aria-label={t('form.direction')}
              data={DIRECTIONS.map((value) => ({ value, label: t(`direction.${value}`) }))}
              value={direction}
              onChange={(value) => setDirection(value as Direction)}
            />
          </Input.Wrapper>
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('form.responsible')}
            data={(actors.data?.actors ?? []).map((actor) => ({ value: actor.id, label: actor.name }))}
            value={actorId}
            onChange={setActorId}
            searchable
            clearable
            error={errorOf('responsibleActorId')}
          />
          <Select
            label={t('form.result')}
            data={(chain.data?.results ?? []).map((r) => ({ value: r.id, label: `${r.code} · ${r.title}` }))}
            value={resultId}
            onChange={setResultId}
            searchable
            clearable
            error={errorOf('resultId')}
          />
        </SimpleGrid>
        <TextInput
          label={t('form.dataSource')}
          value={dataSource}
          onChange={(event) => setDataSource(event.currentTarget.value)}
          error={errorOf('dataSource')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NumberInput
            label={t('form.onTrackFrom')}
            description={t('form.thresholdHelp')}
            suffix=" %"
            min={1}
            max={100}
            value={onTrack}
            onChange={setOnTrack}
            error={errorOf('onTrackFrom')}
          />
          <NumberInput
            label={t('form.atRiskFrom')}
            suffix=" %"
            min={1}
            max={100}
            value={atRisk}
            onChange={setAtRisk}
            error={errorOf('atRiskFrom')}
          />
        </SimpleGrid>
        <FormButtons busy={save.isPending} error={detailError} onCancel={onDone} />
      </Stack>
    </form>
  );
}
