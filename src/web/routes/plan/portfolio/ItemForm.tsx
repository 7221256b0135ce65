import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Grid,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ItemKind, PARENT_KIND, type Phase } from '../../../../core/planning/portfolio';
import type { Need } from '../../../api/assessmentTypes';
import type { PlanItem, PlanItemInput, PlanResource } from '../../../api/plans';
import { fieldErrorOf } from '../../../app/errors';
import { useErrorText } from '../../assess/useErrorText';
import { FINANCE_FIELDS, financeInput, financeOf, ItemFinanceFields } from './ItemFinanceFields';
import { compareCodes, parentCandidates } from './itemTree';
import { MonthSelect } from './MonthSelect';
import { usePlanLabels } from './usePlanLabels';

const FIELDS = [
  'kind',
  'parentId',
  'code',
  'name',
  'description',
  'phase',
  'leadActorId',
  'partnerActorIds',
  'needIds',
  'principles',
  'benchmarks',
  'duration',
  'releaseMonth',
  'deadlineMonth',
  'weight',
  'demands',
  ...FINANCE_FIELDS,
] as const;

export interface ItemFormProps {
  /** The item being edited, or null for a new one. */
  item: PlanItem | null;
  /** For a new item: its kind and parent, chosen from the row it was added under. */
  initialKind: ItemKind;
  initialParentId: string | null;
  suggestedCode: string;
  items: PlanItem[];
  resources: PlanResource[];
  actors: { id: string; name: string }[];
  needs: Need[];
  startMonth: string;
  horizonMonths: number;
  readOnly: boolean;
  busy: boolean;
  error: unknown;
  onSubmit: (input: PlanItemInput) => void;
  onCancel: () => void;
}

const numberOrNull = (value: string | number) => (value === '' ? null : Number(value));

/** Every field of a programme, project or activity; scheduling fields only for activities. */
export function ItemForm(props: ItemFormProps) {
  const { item, items, resources, actors, needs, startMonth, horizonMonths, readOnly, busy, error } = props;
  const { t } = useTranslation('portfolio');
  const labels = usePlanLabels();
  const errorMessage = useErrorText();
  const [kind, setKind] = useState<ItemKind>(item?.kind ?? props.initialKind);
  const [parentId, setParentId] = useState<string | null>(item?.parentId ?? props.initialParentId);
  const [code, setCode] = useState(item?.code ?? props.suggestedCode);
  const [name, setName] = useState(item?.name ?? '');
  const [description, setDescription] = useState(item?.description ?? '');
  const [phase, setPhase] = useState<Phase>(item?.phase ?? 'main');
  const [quickImpact, setQuickImpact] = useState(item?.quickImpact ?? false);
  const [leadActorId, setLeadActorId] = useState<string | null>(item?.leadActorId ?? null);
  const [partnerActorIds, setPartnerActorIds] = useState<string[]>(item?.partnerActorIds ?? []);
  const [needIds, setNeedIds] = useState<string[]>(item?.needIds ?? []);
  const [principles, setPrinciples] = useState<string[]>(item?.principles ?? []);
  const [benchmarks, setBenchmarks] = useState<string[]>(item?.benchmarks ?? []);
  const [duration, setDuration] = useState<number | null>(item?.duration ?? (item ? null : 3));
  const [releaseMonth, setReleaseMonth] = useState<number | null>(item?.releaseMonth ?? null);
  const [deadlineMonth, setDeadlineMonth] = useState<number | null>(item?.deadlineMonth ?? null);
  const [weight, setWeight] = useState<number>(item?.weight ?? 1);
  const [demands, setDemands] = useState<Record<string, number>>(item?.demands ?? {});
  const [finance, setFinance] = useState(financeOf(item));
  const [missing, setMissing] = useState<Set<string>>(new Set());

  const isActivity = kind === 'activity';
  const parentKind = PARENT_KIND[kind];
  const parents = useMemo(() => parentCandidates(items, kind, item?.id), [items, kind, item?.id]);
  const fieldError = fieldErrorOf(error, FIELDS);
  const errorFor = (field: (typeof FIELDS)[number]) =>
    fieldError?.field === field ? fieldError.message : missing.has(field) ? t('form.required') : undefined;

  const actorOptions = actors.map((actor) => ({ value: actor.id, label: actor.name }));
  const needOptions = [...needs]
    .sort((a, b) => b.priority - a.priority || a.title.localeCompare(b.title))
    .map((need) => ({
      value: need.id,
      label: t('item.needOption', { priority: need.priority, title: need.title }),
    }));
  // needs already linked but no longer listed (deleted) stay selectable so saving does not fail silently
  for (const id of needIds)
    if (!needOptions.some((option) => option.value === id)) needOptions.push({ value: id, label: id });
  const principleOptions = labels.principles.map((principle) => ({
    value: principle.id,
    label: `${principle.code} · ${principle.name}`,
  }));
  const principleQuestion = new Map(labels.principles.map((principle) => [principle.id, principle.question]));

  function submit(event: FormEvent) {
    event.preventDefault();
    const absent = new Set<string>();
    if (code.trim() === '') absent.add('code');
    if (name.trim() === '') absent.add('name');
    if (parentKind !== null && parentId === null) absent.add('parentId');
    if (isActivity && duration === null) absent.add('duration');
    if (isActivity && finance.recurrentCost !== null && !finance.recurrentCurrency)
      absent.add('recurrentCurrency');
    setMissing(absent);
    if (absent.size > 0) return;
    const cleanDemands = Object.fromEntries(
      Object.entries(demands).filter(
        ([resourceId, amount]) => amount > 0 && resources.some((r) => r.id === resourceId),
      ),
    );
    props.onSubmit({
      kind,
      parentId: parentKind === null ? null : parentId,
      code: code.trim(),
      name: name.trim(),
      description: description.trim() || null,
      phase,
      quickImpact,
      leadActorId,
      partnerActorIds: partnerActorIds.filter((id) => id !== leadActorId),
      needIds,
      principles,
      benchmarks: benchmarks.map((benchmark) => benchmark.trim()).filter((benchmark) => benchmark !== ''),
      weight,
      duration: isActivity ? duration : null,
      releaseMonth: isActivity ? releaseMonth : null,
      deadlineMonth: isActivity ? deadlineMonth : null,
      demands: isActivity ? cleanDemands : {},
      ...financeInput(finance, isActivity),
    });
  }

  return (
    <form onSubmit={submit} noValidate data-testid="item-form">
      <Fieldset disabled={readOnly} variant="unstyled">
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('item.kind')}
              data={labels.kindOptions()}
              value={kind}
              onChange={(value) => {
                if (!value) return;
                setKind(value as ItemKind);
                setParentId(null);
              }}
              allowDeselect={false}
              error={errorFor('kind')}
              data-testid="item-kind"
            />
            {parentKind !== null && (
              <Select
                label={labels.kind(parentKind)}
                data={parents.map((parent) => ({
                  value: parent.id,
                  label: `${parent.code} · ${parent.name}`,
                }))}
                value={parentId}
                onChange={setParentId}
                searchable
                required
                nothingFoundMessage={t(`item.noParents.${kind}`)}
                error={errorFor('parentId')}
                data-testid="item-parent"
              />
            )}
          </SimpleGrid>
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput
                label={t('item.code')}
                value={code}
                onChange={(event) => setCode(event.currentTarget.value)}
                maxLength={40}
                required
                error={errorFor('code')}
                data-testid="item-code"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 8 }}>
              <TextInput
                label={t('item.name')}
                value={name}
                onChange={(event) => setName(event.currentTarget.value)}
                maxLength={300}
                required
                error={errorFor('name')}
                data-testid="item-name"
              />
            </Grid.Col>
          </Grid>
          <Textarea
            label={t('item.description')}
            value={description}
            onChange={(event) => setDescription(event.currentTarget.value)}
            autosize
            minRows={2}
            maxRows={8}
            error={errorFor('description')}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Select
              label={t('item.phase')}
              data={labels.phaseOptions()}
              value={phase}
              onChange={(value) => value && setPhase(value as Phase)}
              allowDeselect={false}
              error={errorFor('phase')}
            />
            <NumberInput
              label={t('item.weight')}
              description={t('item.weightHelp')}
              value={weight}
              onChange={(value) => setWeight(Math.max(1, Math.min(100, Math.round(Number(value) || 1))))}
              min={1}
              max={100}
              error={errorFor('weight')}
            />
            <Checkbox
              label={t('item.quickImpact')}
              description={t('item.quickImpactHelp')}
              checked={quickImpact}
              onChange={(event) => setQuickImpact(event.currentTarget.checked)}
              mt={{ base: 0, sm: 'xl' }}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('item.lead')}
              data={actorOptions}
              value={leadActorId}
              onChange={setLeadActorId}
              searchable
              clearable={!readOnly}
              placeholder={t('item.choose')}
              nothingFoundMessage={t('item.noActors')}
              error={errorFor('leadActorId')}
            />
            <MultiSelect
              label={t('item.partners')}
              data={actorOptions.filter((option) => option.value !== leadActorId)}
              value={partnerActorIds}
              onChange={setPartnerActorIds}
              searchable
              clearable={!readOnly}
              nothingFoundMessage={t('item.noActors')}
              error={errorFor('partnerActorIds')}
            />
          </SimpleGrid>
          <MultiSelect
            label={t('item.needs')}
            description={t('item.needsHelp')}
            data={needOptions}
            value={needIds}
            onChange={setNeedIds}
            searchable
            clearable={!readOnly}
            nothingFoundMessage={t('item.noNeeds')}
            error={errorFor('needIds')}
          />
          <MultiSelect
            label={t('item.principles')}
            data={principleOptions}
            value={principles}
            onChange={setPrinciples}
            searchable
            clearable={!readOnly}
            error={errorFor('principles')}
            renderOption={({ option }) => (
              <div>
                <Text size="sm">{option.label}</Text>
                <Text size="xs" c="dimmed" lineClamp={2}>
                  {principleQuestion.get(option.value)}
                </Text>
              </div>
            )}
          />
          <BenchmarksField
            values={benchmarks}
            onChange={setBenchmarks}
            readOnly={readOnly}
            error={errorFor('benchmarks')}
          />
          {isActivity && (
            <Fieldset legend={t('item.scheduling')} variant="filled">
              <Stack gap="sm">
                <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                  <NumberInput
                    label={t('item.duration')}
                    description={t('item.durationHelp')}
                    value={duration ?? ''}
                    onChange={(value) => setDuration(numberOrNull(value))}
                    min={0}
                    max={240}
                    allowDecimal={false}
                    required
                    withAsterisk={false}
                    error={errorFor('duration')}
                    data-testid="item-duration"
                  />
                  <MonthSelect
                    label={t('item.release')}
                    description={t('item.releaseHelp')}
                    startMonth={startMonth}
                    months={horizonMonths}
                    value={releaseMonth}
                    onChange={setReleaseMonth}
                    clearable={!readOnly}
                    placeholder={t('item.noDate')}
                    error={errorFor('releaseMonth')}
                  />
                  <MonthSelect
                    label={t('item.deadline')}
                    description={t('item.deadlineHelp')}
                    startMonth={startMonth}
                    months={horizonMonths}
                    value={deadlineMonth}
                    onChange={setDeadlineMonth}
                    clearable={!readOnly}
                    placeholder={t('item.noDate')}
                    error={errorFor('deadlineMonth')}
                  />
                </SimpleGrid>
                <Text size="sm" fw={600}>
                  {t('item.demands')}
                </Text>
                {resources.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('item.noResources')}
                  </Text>
                ) : (
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                    {[...resources]
                      .sort((a, b) => compareCodes(a.name, b.name))
                      .map((resource) => (
                        <NumberInput
                          key={resource.id}
                          label={resource.name}
                          description={
                            resource.limitKind === 'concurrent'
                              ? t('item.demandConcurrent', { unit: resource.unit })
                              : t('item.demandTotal', { unit: resource.currency ?? resource.unit })
                          }
                          value={demands[resource.id] ?? ''}
                          onChange={(value) =>
                            setDemands((current) => {
                              const next = { ...current };
                              if (value === '' || Number(value) <= 0) delete next[resource.id];
                              else next[resource.id] = Number(value);
                              return next;
                            })
                          }
                          min={0}
                          thousandSeparator=" "
                          error={fieldError?.field === 'demands' ? fieldError.message : undefined}
                        />
                      ))}
                  </SimpleGrid>
                )}
              </Stack>
            </Fieldset>
          )}
          <ItemFinanceFields
            value={finance}
            onChange={setFinance}
            isActivity={isActivity}
            startMonth={startMonth}
            horizonMonths={horizonMonths}
            readOnly={readOnly}
            errorFor={errorFor}
          />
        </Stack>
      </Fieldset>
      {Boolean(error) && (
        <Alert color="red" role="alert" mt="md" data-testid="item-error">
          {errorMessage(error)}
        </Alert>
      )}
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={props.onCancel}>
          {readOnly ? t('form.close') : t('form.cancel')}
        </Button>
        {!readOnly && (
          <Button type="submit" loading={busy} data-testid="item-save">
            {t('form.save')}
          </Button>
        )}
      </Group>
    </form>
  );
}

/** Benchmarks of progress: a list of short texts, one input each. */
function BenchmarksField(props: {
  values: string[];
  onChange: (values: string[]) => void;
  readOnly: boolean;
  error: string | undefined;
}) {
  const { values, onChange, readOnly, error } = props;
  const { t } = useTranslation('portfolio');
  return (
    <Fieldset legend={t('item.benchmarks')} variant="filled">
      <Stack gap="xs">
        {values.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('item.noBenchmarks')}
          </Text>
        )}
        {values.map((value, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is edited in place by position
          <Group key={index} gap="xs" wrap="nowrap">
            <TextInput
              aria-label={t('item.benchmarkN', { n: index + 1 })}
              value={value}
              onChange={(event) => {
                const next = [...values];
                next[index] = event.currentTarget.value;
                onChange(next);
              }}
              maxLength={500}
              style={{ flex: 1 }}
            />
            {!readOnly && (
              <ActionIcon
                variant="subtle"
                color="red"
                onClick={() => onChange(values.filter((_, i) => i !== index))}
                aria-label={t('item.removeBenchmark', { n: index + 1 })}
              >
                ×
              </ActionIcon>
            )}
          </Group>
        ))}
        {error && (
          <Text size="xs" c="red">
            {error}
          </Text>
        )}
        {!readOnly && values.length < 50 && (
          <Button variant="light" size="xs" onClick={() => onChange([...values, ''])} w="fit-content">
            {t('item.addBenchmark')}
          </Button>
        )}
      </Stack>
    </Fieldset>
  );
}
