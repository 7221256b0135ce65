import {
  Alert,
  Button,
  Fieldset,
  Group,
  Input,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PERIOD_TYPES } from '../../../../core/indicators/periods';
import { DIRECTIONS, FACTORS, INDICATOR_KINDS, INDICATOR_LEVELS } from '../../../../core/indicators/types';
import { NAME_TRANSLATION_LANGUAGES, type NameTranslations } from '../../../../core/sector-map/categories';
import { fieldErrorOf } from '../../../app/errors';
import { WORKSPACE_LANGUAGE_NAMES } from '../../../i18n/languages';
import { useActorsQuery } from '../../assess/assessQueries';
import { useErrorText } from '../../assess/useErrorText';
import { useResultsChainQuery } from '../results/resultsQueries';
import { IndicatorExpressionField } from './IndicatorExpressionField';
import {
  type Indicator,
  type IndicatorInput,
  indicatorsApi,
  useInvalidateIndicators,
} from './indicatorQueries';

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
  const errorMessage = useErrorText();
  const actors = useActorsQuery(slug);
  const chain = useResultsChainQuery(slug);
  const invalidate = useInvalidateIndicators(slug);
  const [code, setCode] = useState(indicator?.code ?? '');
  const [name, setName] = useState(indicator?.name ?? '');
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

  const save = useMutation({
    mutationFn: (input: IndicatorInput) =>
      indicator ? indicatorsApi.update(slug, indicator.id, input) : indicatorsApi.create(slug, input),
    onSuccess: async () => {
      await invalidate();
      notifications.show({ color: 'green', message: t('form.saved') });
      onDone();
    },
  });
  const fieldError = fieldErrorOf(save.error, FIELDS);
  const errorOf = (field: (typeof FIELDS)[number]) =>
    fieldError?.field === field ? fieldError.message : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!code.trim() || !name.trim() || !level || !kind || !numerator.trim()) return;
    save.mutate({
      code: code.trim(),
      name: name.trim(),
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
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('form.code')}
            required
            dir="ltr"
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
            error={errorOf('code')}
          />
          <TextInput
            label={t('form.name')}
            required
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={errorOf('name')}
          />
        </SimpleGrid>
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
        {save.error && !fieldError && <Alert color="red">{errorMessage(save.error)}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('translation:common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
