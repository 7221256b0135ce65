import {
  ActionIcon,
  Alert,
  Button,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CapacityPeriod, LimitKind, ResourceKind } from '../../../../core/planning/portfolio';
import type { PlanResource, PlanResourceInput } from '../../../api/plans';
import { fieldErrorOf } from '../../../app/errors';
import { useErrorText } from '../../assess/useErrorText';
import { parseNumberList, periodStartMonths } from './itemTree';
import { usePlanLabels } from './usePlanLabels';

const FIELDS = [
  'name',
  'kind',
  'unit',
  'funderActorId',
  'currency',
  'limitKind',
  'capacityPeriod',
  'capacities',
] as const;

/** Sensible defaults when the kind changes on a new resource: budgets are yearly totals, people concurrent. */
const DEFAULTS: Record<ResourceKind, { limitKind: LimitKind; capacityPeriod: CapacityPeriod }> = {
  budget: { limitKind: 'total', capacityPeriod: 'year' },
  technical_experts: { limitKind: 'concurrent', capacityPeriod: 'quarter' },
  process_experts: { limitKind: 'concurrent', capacityPeriod: 'quarter' },
  institution_staff: { limitKind: 'concurrent', capacityPeriod: 'month' },
  custom: { limitKind: 'concurrent', capacityPeriod: 'month' },
};

interface ResourceFormProps {
  resource: PlanResource | null;
  actors: { id: string; name: string }[];
  startMonth: string;
  busy: boolean;
  error: unknown;
  onSubmit: (input: PlanResourceInput) => void;
  onCancel: () => void;
}

/** A limited resource: experts, staff or a funder's budget, with its capacity per period. */
export function ResourceForm({
  resource,
  actors,
  startMonth,
  busy,
  error,
  onSubmit,
  onCancel,
}: ResourceFormProps) {
  const { t } = useTranslation('portfolio');
  const labels = usePlanLabels();
  const errorMessage = useErrorText();
  const [name, setName] = useState(resource?.name ?? '');
  const [kind, setKind] = useState<ResourceKind>(resource?.kind ?? 'technical_experts');
  const [unit, setUnit] = useState(resource?.unit ?? '');
  const [funderActorId, setFunderActorId] = useState<string | null>(resource?.funderActorId ?? null);
  const [currency, setCurrency] = useState(resource?.currency ?? '');
  const [limitKind, setLimitKind] = useState<LimitKind>(resource?.limitKind ?? 'concurrent');
  const [capacityPeriod, setCapacityPeriod] = useState<CapacityPeriod>(resource?.capacityPeriod ?? 'quarter');
  const [capacities, setCapacities] = useState<number[]>(resource?.capacities ?? [1]);
  const [listText, setListText] = useState((resource?.capacities ?? [1]).join(', '));
  const [mode, setMode] = useState<'list' | 'periods'>('list');
  const [missing, setMissing] = useState<Set<string>>(new Set());

  const listValid = mode === 'periods' || parseNumberList(listText) !== null;
  const fieldError = fieldErrorOf(error, FIELDS);
  const errorFor = (field: (typeof FIELDS)[number]) =>
    fieldError?.field === field ? fieldError.message : missing.has(field) ? t('form.required') : undefined;
  const periodStarts = periodStartMonths(startMonth, capacityPeriod, capacities.length);

  function submit(event: FormEvent) {
    event.preventDefault();
    const absent = new Set<string>();
    if (name.trim() === '') absent.add('name');
    if (unit.trim() === '') absent.add('unit');
    const values = mode === 'list' ? parseNumberList(listText) : capacities;
    if (!values || values.length === 0) absent.add('capacities');
    if (currency.trim() !== '' && !/^[A-Za-z]{3}$/.test(currency.trim())) absent.add('currency');
    setMissing(absent);
    if (absent.size > 0 || !values) return;
    onSubmit({
      name: name.trim(),
      kind,
      unit: unit.trim(),
      funderActorId,
      currency: currency.trim() === '' ? null : currency.trim().toUpperCase(),
      limitKind,
      capacityPeriod,
      capacities: values,
    });
  }

  return (
    <form onSubmit={submit} noValidate data-testid="resource-form">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('resource.name')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            maxLength={200}
            required
            error={errorFor('name')}
            data-testid="resource-name"
          />
          <Select
            label={t('resource.kind')}
            data={labels.resourceKindOptions()}
            value={kind}
            onChange={(value) => {
              if (!value) return;
              const next = value as ResourceKind;
              setKind(next);
              if (!resource) {
                setLimitKind(DEFAULTS[next].limitKind);
                setCapacityPeriod(DEFAULTS[next].capacityPeriod);
              }
            }}
            allowDeselect={false}
            error={errorFor('kind')}
          />
          <TextInput
            label={t('resource.unit')}
            description={t('resource.unitHelp')}
            value={unit}
            onChange={(event) => setUnit(event.currentTarget.value)}
            maxLength={40}
            required
            error={errorFor('unit')}
            data-testid="resource-unit"
          />
          <TextInput
            label={t('resource.currency')}
            description={t('resource.currencyHelp')}
            value={currency}
            onChange={(event) => setCurrency(event.currentTarget.value.toUpperCase())}
            maxLength={3}
            error={
              fieldError?.field === 'currency'
                ? fieldError.message
                : missing.has('currency')
                  ? t('resource.currencyInvalid')
                  : undefined
            }
          />
          <Select
            label={t('resource.funder')}
            data={actors.map((actor) => ({ value: actor.id, label: actor.name }))}
            value={funderActorId}
            onChange={setFunderActorId}
            searchable
            clearable
            placeholder={t('item.choose')}
            nothingFoundMessage={t('item.noActors')}
            error={errorFor('funderActorId')}
          />
          <Select
            label={t('resource.period')}
            data={labels.periodOptions()}
            value={capacityPeriod}
            onChange={(value) => value && setCapacityPeriod(value as CapacityPeriod)}
            allowDeselect={false}
            error={errorFor('capacityPeriod')}
          />
        </SimpleGrid>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('resource.limitKind')}
          </Text>
          <SegmentedControl
            value={limitKind}
            onChange={(value) => setLimitKind(value as LimitKind)}
            data={labels.limitKindOptions()}
            fullWidth
          />
          <Alert color="blue" variant="light" p="xs">
            <Text size="xs">{t('resource.limitHelpConcurrent')}</Text>
            <Text size="xs" mt={4}>
              {t('resource.limitHelpTotal')}
            </Text>
          </Alert>
        </Stack>
        <Stack gap="xs">
          <Group justify="space-between" align="flex-end">
            <Text size="sm" fw={500}>
              {t('resource.capacities', { period: labels.period(capacityPeriod) })}
            </Text>
            <SegmentedControl
              size="xs"
              value={mode}
              onChange={(value) => {
                if (value === 'periods') {
                  const parsed = parseNumberList(listText);
                  if (parsed) setCapacities(parsed);
                } else setListText(capacities.join(', '));
                setMode(value as 'list' | 'periods');
              }}
              data={[
                { value: 'list', label: t('resource.asList') },
                { value: 'periods', label: t('resource.perPeriod') },
              ]}
            />
          </Group>
          {mode === 'list' ? (
            <TextInput
              aria-label={t('resource.capacities', { period: labels.period(capacityPeriod) })}
              value={listText}
              onChange={(event) => setListText(event.currentTarget.value)}
              description={t('resource.capacitiesHelp')}
              error={!listValid ? t('resource.capacitiesInvalid') : errorFor('capacities')}
              data-testid="resource-capacities"
            />
          ) : (
            <Stack gap="xs">
              <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
                {capacities.map((value, index) => (
                  <NumberInput
                    // biome-ignore lint/suspicious/noArrayIndexKey: one input per period, by position
                    key={index}
                    label={t('resource.from', { month: labels.yearMonth(periodStarts[index] ?? '') })}
                    value={value}
                    min={0}
                    thousandSeparator=" "
                    onChange={(next) =>
                      setCapacities((current) =>
                        current.map((old, i) => (i === index ? Number(next) || 0 : old)),
                      )
                    }
                  />
                ))}
              </SimpleGrid>
              <Group gap="xs">
                <Button
                  size="xs"
                  variant="light"
                  disabled={capacities.length >= 240}
                  onClick={() => setCapacities((current) => [...current, current[current.length - 1] ?? 0])}
                >
                  {t('resource.addPeriod')}
                </Button>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  disabled={capacities.length <= 1}
                  onClick={() => setCapacities((current) => current.slice(0, -1))}
                  aria-label={t('resource.removePeriod')}
                >
                  ×
                </ActionIcon>
              </Group>
              {errorFor('capacities') && (
                <Text size="xs" c="red">
                  {errorFor('capacities')}
                </Text>
              )}
            </Stack>
          )}
          <Text size="xs" c="dimmed">
            {t('resource.repeatLast')}
          </Text>
        </Stack>
        {Boolean(error) && (
          <Alert color="red" role="alert">
            {errorMessage(error)}
          </Alert>
        )}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={busy} disabled={!listValid} data-testid="resource-save">
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
