import {
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COFOG_GROUPS, ECONOMIC_CLASSES } from '../../../../core/finance/codes';
import { fieldErrorOf } from '../../../app/errors';
import { useErrorText } from '../../assess/useErrorText';
import { cofogKey } from '../financeQueries';
import type { BudgetLine, NewBudgetLine } from './budgetsApi';

const FIELDS = [
  'fiscalYear',
  'actorId',
  'cofog',
  'economicClass',
  'description',
  'currency',
  'approved',
  'revised',
  'executed',
  'sourceFunderId',
] as const;
const DOMESTIC = '';

const amountOrNull = (value: string | number) => (value === '' ? null : Number(value));

/** Add or change one budget line: who spends, on which function and class, how much, from which source. */
export function BudgetLineForm(props: {
  line: BudgetLine | null;
  year: number;
  defaultCurrency: string;
  institutions: { id: string; name: string }[];
  funders: { id: string; name: string }[];
  busy: boolean;
  error: unknown;
  onSubmit: (input: NewBudgetLine) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('finance');
  const { t: tRoot } = useTranslation();
  const errorMessage = useErrorText();
  const line = props.line;
  const [fiscalYear, setFiscalYear] = useState<string | number>(line?.fiscalYear ?? props.year);
  const [actorId, setActorId] = useState<string | null>(line?.actorId ?? null);
  const [cofog, setCofog] = useState<string | null>(line?.cofog ?? null);
  const [economicClass, setEconomicClass] = useState<string | null>(line?.economicClass ?? null);
  const [description, setDescription] = useState(line?.description ?? '');
  const [currency, setCurrency] = useState(line?.currency ?? props.defaultCurrency);
  const [approved, setApproved] = useState<string | number>(line?.approved ?? '');
  const [revised, setRevised] = useState<string | number>(line?.revised ?? '');
  const [executed, setExecuted] = useState<string | number>(line?.executed ?? '');
  const [source, setSource] = useState<string>(line?.sourceFunderId ?? DOMESTIC);
  const [secret, setSecret] = useState(line?.secret ?? false);
  const [offBudget, setOffBudget] = useState(line?.offBudget ?? false);
  const [missing, setMissing] = useState(false);

  const fieldError = fieldErrorOf(props.error, FIELDS);
  const errorOf = (field: (typeof FIELDS)[number]) =>
    fieldError?.field === field ? fieldError.message : null;
  const required = (value: unknown) =>
    missing && (value === null || value === '') ? tRoot('common.required') : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (fiscalYear === '' || !cofog || !economicClass || !currency || approved === '') {
      setMissing(true);
      return;
    }
    props.onSubmit({
      fiscalYear: Number(fiscalYear),
      actorId,
      cofog: cofog as NewBudgetLine['cofog'],
      economicClass: economicClass as NewBudgetLine['economicClass'],
      description: description.trim() || null,
      currency: currency.trim().toUpperCase(),
      approved: Number(approved),
      revised: amountOrNull(revised),
      executed: amountOrNull(executed),
      sourceFunderId: source === DOMESTIC ? null : source,
      secret,
      offBudget,
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <NumberInput
            label={t('budgets.fiscalYear')}
            value={fiscalYear}
            onChange={setFiscalYear}
            min={1900}
            max={2200}
            allowDecimal={false}
            thousandSeparator=""
            required
            error={required(fiscalYear) ?? errorOf('fiscalYear')}
          />
          <Select
            label={t('budgets.institution')}
            placeholder={t('budgets.noInstitution')}
            data={props.institutions.map((actor) => ({ value: actor.id, label: actor.name }))}
            value={actorId}
            onChange={setActorId}
            searchable
            clearable
            error={errorOf('actorId')}
          />
        </SimpleGrid>
        <Select
          label={t('budgets.cofog')}
          data={COFOG_GROUPS.map((code) => ({ value: code, label: `${code} ${t(cofogKey(code))}` }))}
          value={cofog}
          onChange={setCofog}
          required
          searchable
          error={required(cofog) ?? errorOf('cofog')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <Select
            label={t('budgets.economicClass')}
            data={ECONOMIC_CLASSES.map((code) => ({ value: code, label: t(`economicClass.${code}`) }))}
            value={economicClass}
            onChange={setEconomicClass}
            required
            error={required(economicClass) ?? errorOf('economicClass')}
          />
          <Select
            label={t('budgets.source')}
            data={[
              { value: DOMESTIC, label: t('domestic') },
              ...props.funders.map((funder) => ({ value: funder.id, label: funder.name })),
            ]}
            value={source}
            onChange={(value) => setSource(value ?? DOMESTIC)}
            allowDeselect={false}
            searchable
            error={errorOf('sourceFunderId')}
          />
        </SimpleGrid>
        <TextInput
          label={t('budgets.description')}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          maxLength={500}
          error={errorOf('description')}
        />
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <TextInput
            label={t('currency')}
            value={currency}
            onChange={(event) => setCurrency(event.currentTarget.value.toUpperCase())}
            maxLength={3}
            dir="ltr"
            required
            error={required(currency) ?? errorOf('currency')}
          />
          <NumberInput
            label={t('budgets.approved')}
            value={approved}
            onChange={setApproved}
            min={0}
            thousandSeparator=" "
            required
            error={required(approved) ?? errorOf('approved')}
          />
          <NumberInput
            label={t('budgets.revised')}
            value={revised}
            onChange={setRevised}
            min={0}
            thousandSeparator=" "
            error={errorOf('revised')}
          />
          <NumberInput
            label={t('budgets.executed')}
            value={executed}
            onChange={setExecuted}
            min={0}
            thousandSeparator=" "
            error={errorOf('executed')}
          />
        </SimpleGrid>
        <Group>
          <Checkbox
            label={t('budgets.secret')}
            description={t('budgets.secretHelp')}
            checked={secret}
            onChange={(event) => setSecret(event.currentTarget.checked)}
          />
          <Checkbox
            label={t('budgets.offBudget')}
            description={t('budgets.offBudgetHelp')}
            checked={offBudget}
            onChange={(event) => setOffBudget(event.currentTarget.checked)}
          />
        </Group>
        {props.error && !fieldError ? <Alert color="red">{errorMessage(props.error)}</Alert> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            {tRoot('common.cancel')}
          </Button>
          <Button type="submit" loading={props.busy}>
            {tRoot('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
