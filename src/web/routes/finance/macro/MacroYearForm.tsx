import { Alert, Button, Group, NumberInput, SimpleGrid, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorOf } from '../../../app/errors';
import { useErrorText } from '../../assess/useErrorText';
import type { MacroFigures, MacroYear } from './macroApi';

const FIELDS = ['fiscalYear', 'gdp', 'revenue', 'expenditure'] as const;
const orNull = (value: string | number) => (value === '' ? null : Number(value));

/** A fiscal year's GDP, government revenue and expenditure; a blank figure is recorded as unknown. */
export function MacroYearForm(props: {
  year: MacroYear | null;
  currency: string;
  takenYears: readonly number[];
  busy: boolean;
  error: unknown;
  onSubmit: (fiscalYear: number, figures: MacroFigures) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('finance');
  const { t: tRoot } = useTranslation();
  const errorMessage = useErrorText();
  const [fiscalYear, setFiscalYear] = useState<string | number>(
    props.year?.fiscalYear ?? new Date().getFullYear(),
  );
  const [gdp, setGdp] = useState<string | number>(props.year?.gdp ?? '');
  const [revenue, setRevenue] = useState<string | number>(props.year?.revenue ?? '');
  const [expenditure, setExpenditure] = useState<string | number>(props.year?.expenditure ?? '');
  const fieldError = fieldErrorOf(props.error, FIELDS);
  const errorOf = (field: (typeof FIELDS)[number]) =>
    fieldError?.field === field ? fieldError.message : null;
  const taken = props.year === null && props.takenYears.includes(Number(fiscalYear));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (fiscalYear === '' || taken) return;
    props.onSubmit(Number(fiscalYear), {
      gdp: orNull(gdp),
      revenue: orNull(revenue),
      expenditure: orNull(expenditure),
    });
  };
  const money = { min: 0, thousandSeparator: ' ', rightSection: props.currency, rightSectionWidth: 48 };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <NumberInput
          label={t('macro.fiscalYear')}
          value={fiscalYear}
          onChange={setFiscalYear}
          min={1900}
          max={2200}
          allowDecimal={false}
          thousandSeparator=""
          disabled={props.year !== null}
          required
          error={
            fiscalYear === ''
              ? tRoot('common.required')
              : taken
                ? t('macro.yearTaken')
                : errorOf('fiscalYear')
          }
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NumberInput
            label={t('macro.gdp')}
            value={gdp}
            onChange={setGdp}
            {...money}
            error={errorOf('gdp')}
          />
          <NumberInput
            label={t('macro.revenue')}
            value={revenue}
            onChange={setRevenue}
            {...money}
            error={errorOf('revenue')}
          />
          <NumberInput
            label={t('macro.expenditure')}
            value={expenditure}
            onChange={setExpenditure}
            {...money}
            error={errorOf('expenditure')}
          />
        </SimpleGrid>
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
