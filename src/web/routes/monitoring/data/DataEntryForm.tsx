import { Alert, Button, Card, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/http';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { localName, useDataElements } from '../setup/monitoringMetadataQueries';
import {
  dataValuesApi,
  dataValuesKeys,
  type EntryElement,
  type EntryForm,
  type EntryKey,
  useEntryForm,
} from './dataValuesApi';
import { type CellProblem, cellKey, cellOfServerError, changesOf, type Draft, draftOf } from './entryDraft';

interface Props {
  slug: string;
  entryKey: EntryKey;
  canWrite: boolean;
}

/** The values of one data set, org unit and period: a card per element, a field per combo. */
export function DataEntryForm({ slug, entryKey, canWrite }: Props) {
  const { t } = useTranslation(['monitoringData']);
  const form = useEntryForm(slug, entryKey);
  if (form.isPending) return <PageLoader />;
  if (form.isError) return <ErrorAlert error={form.error} />;
  return (
    <EntryFields
      key={`${form.data.dataSet.id}|${form.data.orgUnit.id}|${form.data.period.id}`}
      slug={slug}
      form={form.data}
      canWrite={canWrite}
      t={t}
    />
  );
}

type Translate = ReturnType<typeof useTranslation>['t'];

function EntryFields({
  slug,
  form,
  canWrite,
  t,
}: {
  slug: string;
  form: EntryForm;
  canWrite: boolean;
  t: Translate;
}) {
  const { i18n } = useTranslation();
  const queryClient = useQueryClient();
  const elementsMeta = useDataElements(slug);
  const [draft, setDraft] = useState<Draft>(() => draftOf(form));
  const [serverProblems, setServerProblems] = useState<Record<string, string>>({});
  // a refetch with other values (saved here or by someone else) starts the draft again from them
  // biome-ignore lint/correctness/useExhaustiveDependencies: the version says when the values changed
  useEffect(() => setDraft(draftOf(form)), [form.version]);
  const changes = useMemo(() => changesOf(form, draft), [form, draft]);
  const names = useMemo(
    () => new Map((elementsMeta.data ?? []).map((e) => [e.id, localName(e, i18n.language)])),
    [elementsMeta.data, i18n.language],
  );

  const save = useMutation({
    mutationFn: () =>
      dataValuesApi.saveEntry(slug, {
        dataSetId: form.dataSet.id,
        orgUnitId: form.orgUnit.id,
        period: form.period.id,
        values: changes.values,
      }),
    onSuccess: async (saved) => {
      setServerProblems({});
      queryClient.setQueryData(
        dataValuesKeys.entryForm(slug, {
          dataSetId: saved.dataSet.id,
          orgUnitId: saved.orgUnit.id,
          period: saved.period.id,
        }),
        saved,
      );
      notifications.show({ color: 'green', message: t('entry.saved', { count: changes.values.length }) });
      // indicators, analytics, dashboards and flags are computed from these values
      await queryClient.invalidateQueries({ queryKey: ['monitoring', slug] });
    },
    onError: (error) => {
      const cell = error instanceof ApiError ? cellOfServerError(error.message, changes.keys) : null;
      if (cell) setServerProblems({ [cell.key]: cell.message });
    },
  });

  const setCell = (key: string, patch: Partial<Draft[string]>) => {
    setDraft((current) => {
      const previous = (current[key] as Draft[string] | undefined) ?? { value: '', comment: '' };
      return { ...current, [key]: { ...previous, ...patch } };
    });
    setServerProblems((current) => {
      if (!(key in current)) return current;
      const { [key]: _gone, ...rest } = current;
      return rest;
    });
  };
  const problemText = (key: string) =>
    serverProblems[key] ??
    (changes.problems[key] ? t(`entry.problem.${changes.problems[key] as CellProblem}`) : null);
  const problemCount = Object.keys(changes.problems).length;
  const serverError = save.error && !Object.keys(serverProblems).length ? save.error : null;

  if (form.elements.length === 0) return <Alert color="gray">{t('entry.noElements')}</Alert>;
  return (
    <Stack gap="sm">
      {form.elements.map((element) => (
        <ElementCard
          key={element.id}
          element={element}
          name={names.get(element.id) ?? element.name}
          draft={draft}
          disabled={!canWrite}
          problemText={problemText}
          onChange={setCell}
          t={t}
        />
      ))}
      {serverError && <ErrorAlert error={serverError} />}
      {canWrite && (
        <Group justify="flex-end" gap="sm" wrap="wrap">
          {problemCount > 0 && (
            <Text size="sm" c="red">
              {t('entry.fixFirst', { count: problemCount })}
            </Text>
          )}
          <Button
            variant="default"
            disabled={changes.values.length === 0 || save.isPending}
            onClick={() => setDraft(draftOf(form))}
          >
            {t('entry.undo')}
          </Button>
          <Button
            loading={save.isPending}
            disabled={changes.values.length === 0 || problemCount > 0}
            onClick={() => save.mutate()}
          >
            {t('entry.save', { count: changes.values.length })}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

interface CardProps {
  element: EntryElement;
  name: string;
  draft: Draft;
  disabled: boolean;
  problemText: (key: string) => string | null;
  onChange: (key: string, patch: Partial<Draft[string]>) => void;
  t: Translate;
}

function ElementCard({ element, name, draft, disabled, problemText, onChange, t }: CardProps) {
  const columns = Math.min(4, element.combos.length);
  return (
    <Card withBorder padding="sm">
      <Group justify="space-between" gap="xs" mb="xs" wrap="wrap">
        <Title order={4} size="h5">
          {name}
        </Title>
        <Text size="xs" c="dimmed">
          {element.code} · {t(`entry.valueType.${element.valueType}`)}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 1, xs: Math.min(2, columns), md: columns }} spacing="sm">
        {element.combos.map((combo) => {
          const key = cellKey(element.id, combo.code);
          const cell = draft[key] ?? { value: '', comment: '' };
          const label = combo.code === 'default' ? t('entry.value') : combo.name || combo.code;
          const error = problemText(key);
          return (
            <Stack key={combo.code} gap={4}>
              {element.valueType === 'boolean' ? (
                <Select
                  label={label}
                  data={[
                    { value: '1', label: t('entry.yes') },
                    { value: '0', label: t('entry.no') },
                  ]}
                  value={cell.value === '' ? null : cell.value}
                  onChange={(value) => onChange(key, { value: value ?? '' })}
                  clearable
                  disabled={disabled}
                  error={error}
                />
              ) : (
                <TextInput
                  label={label}
                  inputMode="decimal"
                  value={cell.value}
                  onChange={(event) => onChange(key, { value: event.currentTarget.value })}
                  disabled={disabled}
                  error={error}
                  rightSection={element.valueType === 'percentage' ? '%' : undefined}
                />
              )}
              <TextInput
                size="xs"
                aria-label={t('entry.commentFor', { cell: label })}
                placeholder={t('entry.comment')}
                value={cell.comment}
                onChange={(event) => onChange(key, { comment: event.currentTarget.value })}
                disabled={disabled}
              />
            </Stack>
          );
        })}
      </SimpleGrid>
    </Card>
  );
}
