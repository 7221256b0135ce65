import {
  ActionIcon,
  Alert,
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../assess/useErrorText';
import type { FinanceScenario, NewFinanceScenario } from './sustainabilityApi';

type Assumptions = NewFinanceScenario['assumptions'];
type Field = string | number;
const orUndefined = (value: Field) => (value === '' ? undefined : Number(value));

/**
 * A finance scenario's name and assumptions. Every figure left blank is taken from the last observed
 * year (shown as the default beside it); donors leaving are chosen from the funders with their last year.
 */
export function ScenarioForm(props: {
  scenario: FinanceScenario | null;
  funders: readonly { id: string; name: string }[];
  defaults: {
    gdpGrowthPct: number | null;
    revenueToGdpPct: number | null;
    expenditureToRevenuePct: number | null;
    securityShareOfExpenditurePct: number | null;
    baseYear: number | null;
  };
  busy: boolean;
  error: unknown;
  onSubmit: (input: NewFinanceScenario) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation('financeAnalysis');
  const errorMessage = useErrorText();
  const given = props.scenario?.assumptions;
  const [name, setName] = useState(props.scenario?.name ?? '');
  const [horizon, setHorizon] = useState<Field>(given?.horizonYears ?? 10);
  const [growth, setGrowth] = useState<Field>(
    typeof given?.gdpGrowthPct === 'number' ? given.gdpGrowthPct : '',
  );
  const [revenue, setRevenue] = useState<Field>(given?.revenueToGdpPct ?? '');
  const [expenditure, setExpenditure] = useState<Field>(given?.expenditureToRevenuePct ?? '');
  const [share, setShare] = useState<Field>(given?.securityShareOfExpenditurePct ?? '');
  const [exits, setExits] = useState<{ funderId: string | null; lastYear: Field }[]>(
    given?.donorExits.map((exit) => ({ ...exit })) ?? [],
  );
  const number = new Intl.NumberFormat(i18n.language || 'en', { maximumFractionDigits: 1 });
  const hint = (value: number | null) =>
    value === null ? t('form.noDefault') : t('form.default', { value: number.format(value) });
  const nameMissing = name.trim() === '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (nameMissing) return;
    const assumptions: Assumptions = {
      horizonYears: Number(horizon) || 10,
      // a per-year growth map saved through the API stays unless a single rate is typed here
      gdpGrowthPct:
        growth === ''
          ? typeof given?.gdpGrowthPct === 'object'
            ? given.gdpGrowthPct
            : undefined
          : Number(growth),
      revenueToGdpPct: orUndefined(revenue),
      expenditureToRevenuePct: orUndefined(expenditure),
      securityShareOfExpenditurePct: orUndefined(share),
      donorExits: exits.flatMap((exit) =>
        exit.funderId && exit.lastYear !== ''
          ? [{ funderId: exit.funderId, lastYear: Number(exit.lastYear) }]
          : [],
      ),
      ...(given?.baseYear !== undefined && { baseYear: given.baseYear }),
    };
    props.onSubmit({ name: name.trim(), assumptions });
  };
  const pct = { decimalScale: 2, rightSection: '%', rightSectionWidth: 32 };
  const setExit = (index: number, change: Partial<(typeof exits)[number]>) =>
    setExits(exits.map((exit, i) => (i === index ? { ...exit, ...change } : exit)));

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('form.name')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          required
          maxLength={200}
          error={nameMissing && props.error ? t('form.nameRequired') : null}
          data-autofocus
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={t('form.horizon')}
            value={horizon}
            onChange={setHorizon}
            min={1}
            max={15}
            allowDecimal={false}
          />
          <NumberInput
            label={t('form.growth')}
            description={hint(props.defaults.gdpGrowthPct)}
            value={growth}
            onChange={setGrowth}
            min={-50}
            max={100}
            {...pct}
          />
          <NumberInput
            label={t('form.revenue')}
            description={hint(props.defaults.revenueToGdpPct)}
            value={revenue}
            onChange={setRevenue}
            min={0}
            max={100}
            {...pct}
          />
          <NumberInput
            label={t('form.expenditure')}
            description={hint(props.defaults.expenditureToRevenuePct)}
            value={expenditure}
            onChange={setExpenditure}
            min={0}
            max={500}
            {...pct}
          />
          <NumberInput
            label={t('form.share')}
            description={hint(props.defaults.securityShareOfExpenditurePct)}
            value={share}
            onChange={setShare}
            min={0}
            max={100}
            {...pct}
          />
        </SimpleGrid>
        <Text fw={600} size="sm">
          {t('form.exits')}
        </Text>
        {exits.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('form.noExits')}
          </Text>
        )}
        {exits.map((exit, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved
          <Group key={index} align="flex-end" wrap="wrap" gap="xs">
            <Select
              label={t('form.funder')}
              data={props.funders.map((funder) => ({ value: funder.id, label: funder.name }))}
              value={exit.funderId}
              onChange={(funderId) => setExit(index, { funderId })}
              searchable
              style={{ flex: '1 1 180px' }}
            />
            <NumberInput
              label={t('form.lastYear')}
              value={exit.lastYear}
              onChange={(lastYear) => setExit(index, { lastYear })}
              min={1900}
              max={2200}
              allowDecimal={false}
              thousandSeparator=""
              w={110}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={t('form.removeExit')}
              onClick={() => setExits(exits.filter((_, i) => i !== index))}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        {props.funders.length > 0 && (
          <Button
            variant="light"
            size="xs"
            w="fit-content"
            onClick={() =>
              setExits([
                ...exits,
                { funderId: null, lastYear: (props.defaults.baseYear ?? new Date().getFullYear()) + 2 },
              ])
            }
          >
            {t('form.addExit')}
          </Button>
        )}
        {props.error !== null && props.error !== undefined && (
          <Alert color="red">{errorMessage(props.error)}</Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={props.busy} disabled={nameMissing}>
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
