import { Alert, Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RESULT_LEVELS } from '../../../../core/indicators/types';
import { fieldErrorOf } from '../../../app/errors';
import { useErrorText } from '../../assess/useErrorText';
import { CriteriaPicker, type CriterionRef } from './CriteriaPicker';
import { PlanItemsPicker } from './PlanItemsPicker';
import { type MonitoringResult, type ResultInput, resultsApi, useInvalidateResults } from './resultsQueries';

const FIELDS = [
  'parentId',
  'level',
  'code',
  'title',
  'description',
  'planItemIds',
  'assessmentItems',
] as const;
type Level = ResultInput['level'];

const rank = (level: string) => RESULT_LEVELS.indexOf(level as Level);

/** Ids of a result and every result below it: none of them can become its parent. */
function subtreeOf(results: MonitoringResult[], rootId: string): Set<string> {
  const found = new Set([rootId]);
  for (const result of results) if (result.parentId && found.has(result.parentId)) found.add(result.id);
  return found;
}

/** Add a result to the chain or change one, with its plan items and assessment criteria. */
export function ResultForm(props: {
  slug: string;
  result: MonitoringResult | null;
  parentId: string | null;
  results: MonitoringResult[];
  onDone: () => void;
}) {
  const { t } = useTranslation(['monitoringResults', 'translation']);
  const errorMessage = useErrorText();
  const invalidate = useInvalidateResults(props.slug);
  const { result } = props;
  const [parentId, setParentId] = useState<string | null>(props.parentId);
  const parent = props.results.find((r) => r.id === parentId) ?? null;
  const allowed = RESULT_LEVELS.filter((level) => !parent || rank(level) > rank(parent.level));
  const [level, setLevel] = useState<Level | null>(result?.level ?? allowed[0] ?? null);
  const [code, setCode] = useState(result?.code ?? '');
  const [title, setTitle] = useState(result?.title ?? '');
  const [description, setDescription] = useState(result?.description ?? '');
  const [planItemIds, setPlanItemIds] = useState<string[]>(result?.planItems.map((item) => item.id) ?? []);
  const [criteria, setCriteria] = useState<CriterionRef[]>(
    result?.assessmentItems.map(({ frameworkId, itemId }) => ({ frameworkId, itemId })) ?? [],
  );
  // the tree is listed depth first, so everything below a result follows it
  const excluded = result ? subtreeOf(props.results, result.id) : new Set<string>();
  const parents = props.results.filter((r) => !excluded.has(r.id) && r.level !== 'activity');

  const save = useMutation({
    mutationFn: (input: ResultInput) =>
      result ? resultsApi.update(props.slug, result.id, input) : resultsApi.create(props.slug, input),
    onSuccess: async () => {
      await invalidate();
      notifications.show({ color: 'green', message: t('saved') });
      props.onDone();
    },
  });
  const fieldError = fieldErrorOf(save.error, FIELDS);
  const errorOf = (field: (typeof FIELDS)[number]) =>
    fieldError?.field === field ? fieldError.message : null;
  const detailError = save.error && !fieldError ? errorMessage(save.error) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!level || !code.trim() || !title.trim()) return;
    save.mutate({
      parentId,
      level,
      code: code.trim(),
      title: title.trim(),
      description: description.trim() || null,
      planItemIds,
      assessmentItems: criteria,
    });
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('form.parent')}
            placeholder={t('form.noParent')}
            data={parents.map((r) => ({ value: r.id, label: `${r.code} · ${r.title}` }))}
            value={parentId}
            onChange={(value) => {
              setParentId(value);
              const next = props.results.find((r) => r.id === value);
              if (next && level && rank(level) <= rank(next.level))
                setLevel(RESULT_LEVELS[rank(next.level) + 1] ?? null);
            }}
            searchable
            clearable
            error={errorOf('parentId')}
          />
          <Select
            label={t('form.level')}
            required
            data={allowed.map((value) => ({ value, label: t(`level.${value}`) }))}
            value={level}
            onChange={(value) => setLevel(value as Level | null)}
            error={errorOf('level')}
          />
        </SimpleGrid>
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
            label={t('form.title')}
            required
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={errorOf('title')}
          />
        </SimpleGrid>
        <Textarea
          label={t('form.description')}
          autosize
          minRows={2}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          error={errorOf('description')}
        />
        <PlanItemsPicker
          slug={props.slug}
          value={planItemIds}
          linked={result?.planItems ?? []}
          onChange={setPlanItemIds}
          error={errorOf('planItemIds')}
        />
        <CriteriaPicker
          slug={props.slug}
          value={criteria}
          linked={result?.assessmentItems ?? []}
          onChange={setCriteria}
        />
        {detailError && <Alert color="red">{detailError}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onDone}>
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
