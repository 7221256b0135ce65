import { Button, Group, MultiSelect, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CalibrationMargin,
  type EstimateSpec,
  LONELY_PSU_RULES,
  type LonelyPsuRule,
  type SurveyDesign,
} from '../../../../core/survey/types';
import { ErrorAlert } from '../../../app/status';
import { analysisColumns } from '../form/formNodes';
import { type Survey, useSurveyMutation } from '../surveysApi';
import { analysisApi } from './analysisApi';
import { CalibrationEditor } from './CalibrationEditor';
import { calibrationOf, cleanSpecs, EMPTY_DESIGN, fpcOfStages, fpcPerStage, marginsOf } from './designDraft';
import { EstimateSpecsEditor } from './EstimateSpecsEditor';

/** The sample design and the estimate list, saved with the survey (If-Match: a stale copy gives 412). */
export function DesignEditor({ slug, survey }: { slug: string; survey: Survey }) {
  const { t } = useTranslation(['surveys']);
  const initial = survey.design ?? EMPTY_DESIGN;
  const [ids, setIds] = useState<string[]>(initial.ids);
  const [strata, setStrata] = useState<string | null>(initial.strata);
  const [weights, setWeights] = useState<string | null>(initial.weights);
  const [fpc, setFpc] = useState<(string | null)[]>(fpcPerStage(initial));
  const [lonelyPsu, setLonelyPsu] = useState<LonelyPsuRule>(initial.lonelyPsu ?? 'fail');
  const [method, setMethod] = useState<'none' | 'postStratify' | 'rake'>(
    initial.calibration?.method ?? 'none',
  );
  const [margins, setMargins] = useState<CalibrationMargin[]>(marginsOf(initial.calibration));
  const [specs, setSpecs] = useState<EstimateSpec[]>(survey.estimates);
  const save = useSurveyMutation(slug, (body: { design: SurveyDesign; estimates: EstimateSpec[] }) =>
    analysisApi.saveDesign(slug, survey, body),
  );

  const columns = analysisColumns(survey.form.children).filter(
    (question) => question.type !== 'note' && question.type !== 'acknowledge',
  );
  const names = columns.map((question) => question.name);
  const stages = Math.max(ids.length, 1);
  const stageFpc = Array.from({ length: stages }, (_, stage) => fpc[stage] ?? null);

  const design = (): SurveyDesign => ({
    ids,
    strata,
    weights,
    fpc: fpcOfStages(stageFpc),
    lonelyPsu,
    calibration: calibrationOf(method, margins),
  });

  return (
    <Stack gap="sm" data-testid="design-editor">
      <Title order={2} size="h4">
        {t('design.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('design.intro')}
      </Text>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <MultiSelect
          label={t('design.clusters')}
          description={t('design.clustersHelp')}
          data={names}
          value={ids}
          onChange={setIds}
          searchable
          clearable
          w={{ base: '100%', sm: 320 }}
          data-testid="design-ids"
        />
        <Select
          label={t('design.strata')}
          data={names}
          value={strata}
          onChange={setStrata}
          clearable
          searchable
          placeholder={t('design.none')}
          w={{ base: '100%', xs: 200 }}
          data-testid="design-strata"
        />
        <Select
          label={t('design.weights')}
          data={names}
          value={weights}
          onChange={setWeights}
          clearable
          searchable
          placeholder={t('design.none')}
          w={{ base: '100%', xs: 200 }}
          data-testid="design-weights"
        />
      </Group>
      <Group gap="sm" align="flex-end" wrap="wrap">
        {stageFpc.map((value, stage) => (
          <Select
            // stages are positional
            // biome-ignore lint/suspicious/noArrayIndexKey: one input per stage
            key={stage}
            label={t('design.fpcStage', { stage: stage + 1 })}
            data={names}
            value={value}
            onChange={(next) => setFpc(stageFpc.map((old, index) => (index === stage ? next : old)))}
            clearable
            searchable
            placeholder={t('design.none')}
            w={{ base: '100%', xs: 200 }}
          />
        ))}
        <Select
          label={t('design.lonelyPsu')}
          data={LONELY_PSU_RULES.map((rule) => ({ value: rule, label: t(`design.lonely.${rule}`) }))}
          value={lonelyPsu}
          onChange={(value) => setLonelyPsu((value as LonelyPsuRule | null) ?? 'fail')}
          allowDeselect={false}
          w={{ base: '100%', xs: 240 }}
        />
      </Group>
      <CalibrationEditor
        form={survey.form}
        names={names}
        method={method}
        margins={margins}
        onMethod={setMethod}
        onMargins={setMargins}
      />
      <EstimateSpecsEditor names={names} specs={specs} onChange={setSpecs} />
      {save.isError && <ErrorAlert error={save.error} />}
      {save.isSuccess && (
        <Text size="sm" c="teal" data-testid="design-saved">
          {t('design.saved')}
        </Text>
      )}
      <Group>
        <Button
          onClick={() => save.mutate({ design: design(), estimates: cleanSpecs(specs) })}
          loading={save.isPending}
          data-testid="design-save"
        >
          {t('design.save')}
        </Button>
      </Group>
    </Stack>
  );
}
