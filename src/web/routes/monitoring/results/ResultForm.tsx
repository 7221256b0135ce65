import { Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RESULT_LEVELS } from '../../../../core/indicators/types';
import { CodeNameInputs, FormButtons, useCodeName, useMonitoringSave } from '../monitoringForm';
import { CriteriaPicker, type CriterionRef } from './CriteriaPicker';
import { PlanItemsPicker } from './PlanItemsPicker';
import { type MonitoringResult, type ResultInput, resultsApi } from './resultsQueries';

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
  const { result } = props;
  const [parentId, setParentId] = useState<string | null>(props.parentId);
  const parent = props.results.find((r) => r.id === parentId) ?? null;
  const allowed = RESULT_LEVELS.filter((level) => !parent || rank(level) > rank(parent.level));
  const [level, setLevel] = useState<Level | null>(result?.level ?? allowed[0] ?? null);
  const codeTitle = useCodeName(result?.code, result?.title);
  const [description, setDescription] = useState(result?.description ?? '');
  const [planItemIds, setPlanItemIds] = useState<string[]>(result?.planItems.map((item) => item.id) ?? []);
  const [criteria, setCriteria] = useState<CriterionRef[]>(
    result?.assessmentItems.map(({ frameworkId, itemId }) => ({ frameworkId, itemId })) ?? [],
  );
  // the tree is listed depth first, so everything below a result follows it
  const excluded = result ? subtreeOf(props.results, result.id) : new Set<string>();
  const parents = props.results.filter((r) => !excluded.has(r.id) && r.level !== 'activity');

  const { save, errorOf, detailError } = useMonitoringSave({
    slug: props.slug,
    fields: FIELDS,
    saved: t('saved'),
    onDone: props.onDone,
    mutationFn: (input: ResultInput) =>
      result ? resultsApi.update(props.slug, result.id, input) : resultsApi.create(props.slug, input),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!level || !codeTitle.filled) return;
    save.mutate({
      parentId,
      level,
      code: codeTitle.code.trim(),
      title: codeTitle.name.trim(),
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
        <CodeNameInputs
          value={codeTitle}
          labels={{ code: t('form.code'), name: t('form.title') }}
          errors={{ code: errorOf('code'), name: errorOf('title') }}
        />
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
        <FormButtons busy={save.isPending} error={detailError} onCancel={props.onDone} />
      </Stack>
    </form>
  );
}
