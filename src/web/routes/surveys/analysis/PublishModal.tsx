import { Alert, Button, Group, Modal, MultiSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterAnchor } from '../../../app/RouterLinks';
import { ErrorAlert } from '../../../app/status';
import { useIndicatorsQuery } from '../../monitoring/indicators/indicatorQueries';
import { localName, useCategories, useOrgUnits } from '../../monitoring/setup/monitoringMetadataQueries';
import { analysisColumns } from '../form/formNodes';
import { formText, type Survey, useSurveyMutation } from '../surveysApi';
import { analysisApi, type PublishBody } from './analysisApi';
import { choicesOf } from './designDraft';

/**
 * Publishes a proportion to a perception indicator: the share of respondents whose answer to `variable`
 * is one of the chosen categories, by org unit (from a region question) and by the indicator's
 * categories (each mapped to a question: SEX → sex, AGE → age_group).
 */
export function PublishModal(props: { slug: string; survey: Survey; opened: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation(['surveys']);
  const { slug, survey } = props;
  const indicators = useIndicatorsQuery(slug);
  const orgUnits = useOrgUnits(slug);
  const categories = useCategories(slug);
  const [indicatorId, setIndicatorId] = useState<string | null>(null);
  const [period, setPeriod] = useState(String(new Date().getUTCFullYear()));
  const [orgUnitId, setOrgUnitId] = useState<string | null>(null);
  const [variable, setVariable] = useState<string | null>(null);
  const [counted, setCounted] = useState<string[]>([]);
  const [orgUnitVariable, setOrgUnitVariable] = useState<string | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const publish = useSurveyMutation(slug, (body: PublishBody) => analysisApi.publish(slug, survey.id, body));

  const selects = analysisColumns(survey.form.children).filter((question) => question.listName);
  const questionData = selects.map((question) => ({
    value: question.name,
    label: `${question.name} — ${formText(question.label, survey.form, i18n.language)}`,
  }));
  const perception = (indicators.data?.indicators ?? []).filter(
    (indicator) => indicator.kind === 'perception',
  );
  const ready = indicatorId && period.trim() && orgUnitId && variable && counted.length > 0;
  const submit = () => {
    if (!ready) return;
    const categoryVariables = Object.fromEntries(Object.entries(mapping).filter(([, name]) => name));
    publish.mutate({
      indicatorId,
      period: period.trim(),
      orgUnitId,
      variable,
      categories: counted,
      orgUnitVariable,
      categoryVariables,
    });
  };
  const close = () => {
    publish.reset();
    props.onClose();
  };

  return (
    <Modal opened={props.opened} onClose={close} title={t('publish.title')} size="lg">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('publish.intro')}
        </Text>
        <Select
          label={t('publish.indicator')}
          data={perception.map((indicator) => ({
            value: indicator.id,
            label: `${indicator.code} — ${localName(indicator, i18n.language)}`,
          }))}
          value={indicatorId}
          onChange={setIndicatorId}
          searchable
          nothingFoundMessage={t('publish.noIndicator')}
          data-testid="publish-indicator"
        />
        <Group gap="sm" wrap="wrap" align="flex-end">
          <TextInput
            label={t('publish.period')}
            description={t('publish.periodHelp')}
            value={period}
            onChange={(event) => setPeriod(event.currentTarget.value)}
            w={160}
          />
          <Select
            label={t('publish.orgUnit')}
            data={(orgUnits.data ?? []).map((unit) => ({
              value: unit.id,
              label: `${unit.code} — ${localName(unit, i18n.language)}`,
            }))}
            value={orgUnitId}
            onChange={setOrgUnitId}
            searchable
            w={{ base: '100%', xs: 280 }}
          />
        </Group>
        <Select
          label={t('publish.variable')}
          data={questionData}
          value={variable}
          onChange={(value) => {
            setVariable(value);
            setCounted([]);
          }}
          searchable
        />
        {variable && (
          <MultiSelect
            label={t('publish.categories')}
            description={t('publish.categoriesHelp')}
            data={choicesOf(survey.form, variable).map((choice) => ({
              value: choice.name,
              label: formText(choice.label, survey.form, i18n.language) || choice.name,
            }))}
            value={counted}
            onChange={setCounted}
          />
        )}
        <Select
          label={t('publish.orgUnitVariable')}
          description={t('publish.orgUnitVariableHelp')}
          data={questionData}
          value={orgUnitVariable}
          onChange={setOrgUnitVariable}
          clearable
          searchable
        />
        {(categories.data ?? []).length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('publish.mapping')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('publish.mappingHelp')}
            </Text>
            <Group gap="sm" wrap="wrap">
              {(categories.data ?? []).map((category) => (
                <Select
                  key={category.id}
                  label={`${category.code} — ${localName(category, i18n.language)}`}
                  data={questionData}
                  value={mapping[category.code] ?? null}
                  onChange={(value) => setMapping({ ...mapping, [category.code]: value ?? '' })}
                  clearable
                  searchable
                  w={{ base: '100%', xs: 240 }}
                />
              ))}
            </Group>
          </Stack>
        )}
        {publish.isError && <ErrorAlert error={publish.error} />}
        {publish.isSuccess && indicatorId && (
          <Alert color="teal" data-testid="publish-done">
            {t('publish.done')}{' '}
            <RouterAnchor
              to="/w/$slug/monitor/indicators/$indicatorId"
              params={{ slug, indicatorId }}
              size="sm"
            >
              {t('publish.open')}
            </RouterAnchor>
          </Alert>
        )}
        <Group justify="flex-end">
          <Button onClick={submit} disabled={!ready} loading={publish.isPending} data-testid="publish-submit">
            {t('publish.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
