import { Fieldset, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isPurposeCode, PURPOSE_CODE_LIST, type PurposeCode } from '../../../../core/finance/codes';
import { MonthSelect } from './MonthSelect';

export interface ItemFinance {
  purposeCode: PurposeCode | null;
  recurrentCost: number | null;
  recurrentCurrency: string | null;
  recurrentFromMonth: number | null;
}

export const FINANCE_FIELDS = [
  'purposeCode',
  'recurrentCost',
  'recurrentCurrency',
  'recurrentFromMonth',
] as const;
export type FinanceField = (typeof FINANCE_FIELDS)[number];

type StoredFinance = Omit<ItemFinance, 'purposeCode'> & { purposeCode: string | null };

export const financeOf = (item: StoredFinance | null): ItemFinance => ({
  purposeCode: item?.purposeCode && isPurposeCode(item.purposeCode) ? item.purposeCode : null,
  recurrentCost: item?.recurrentCost ?? null,
  recurrentCurrency: item?.recurrentCurrency ?? null,
  recurrentFromMonth: item?.recurrentFromMonth ?? null,
});

/** What an item sends: a programme or project has no recurrent cost, and no cost means no currency or month. */
export function financeInput(finance: ItemFinance, isActivity: boolean): ItemFinance {
  const hasCost = isActivity && finance.recurrentCost !== null;
  return {
    purposeCode: finance.purposeCode,
    recurrentCost: hasCost ? finance.recurrentCost : null,
    recurrentCurrency: hasCost ? finance.recurrentCurrency : null,
    recurrentFromMonth: hasCost ? finance.recurrentFromMonth : null,
  };
}

/** The purpose code with its name, from the funding messages (fetched with this form). */
function usePurposeLabel() {
  const { t } = useTranslation('funding');
  return (code: string) => `${code} · ${t(`purposeCodes.${code}`)}`;
}

/**
 * The finance side of an item: the DAC purpose code donors report the same work under, and for an
 * activity the yearly cost it leaves behind (salaries of recruits, upkeep of a building) from a month on.
 */
export function ItemFinanceFields(props: {
  value: ItemFinance;
  onChange: (value: ItemFinance) => void;
  isActivity: boolean;
  startMonth: string;
  horizonMonths: number;
  readOnly: boolean;
  errorFor: (field: FinanceField) => string | undefined;
}) {
  const { value, onChange, isActivity, readOnly, errorFor } = props;
  const { t } = useTranslation('portfolio');
  const purposeLabel = usePurposeLabel();
  const set = (patch: Partial<ItemFinance>) => onChange({ ...value, ...patch });
  return (
    <Fieldset legend={t('item.finance.title')} variant="filled" data-testid="item-finance">
      <Stack gap="sm">
        <Select
          label={t('item.finance.purposeCode')}
          description={t('item.finance.purposeCodeHelp')}
          data={PURPOSE_CODE_LIST.map((code) => ({ value: code, label: purposeLabel(code) }))}
          value={value.purposeCode}
          onChange={(code) => set({ purposeCode: (code as PurposeCode | null) ?? null })}
          searchable
          clearable={!readOnly}
          placeholder={t('item.finance.noPurposeCode')}
          error={errorFor('purposeCode')}
          data-testid="item-purpose-code"
        />
        {isActivity ? (
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <NumberInput
              label={t('item.finance.recurrentCost')}
              description={t('item.finance.recurrentCostHelp')}
              value={value.recurrentCost ?? ''}
              onChange={(next) => set({ recurrentCost: next === '' ? null : Math.max(0, Number(next)) })}
              min={0}
              thousandSeparator=" "
              error={errorFor('recurrentCost')}
              data-testid="item-recurrent-cost"
            />
            <TextInput
              label={t('item.finance.currency')}
              description={t('item.finance.currencyHelp')}
              value={value.recurrentCurrency ?? ''}
              onChange={(event) => {
                const code = event.currentTarget.value.toUpperCase().replace(/[^A-Z]/g, '');
                set({ recurrentCurrency: code === '' ? null : code });
              }}
              maxLength={3}
              required={value.recurrentCost !== null}
              withAsterisk={value.recurrentCost !== null}
              error={errorFor('recurrentCurrency')}
              data-testid="item-recurrent-currency"
            />
            <MonthSelect
              label={t('item.finance.fromMonth')}
              description={t('item.finance.fromMonthHelp')}
              startMonth={props.startMonth}
              months={props.horizonMonths}
              value={value.recurrentFromMonth}
              onChange={(month) => set({ recurrentFromMonth: month })}
              clearable={!readOnly}
              placeholder={t('item.finance.whenFinished')}
              disabled={value.recurrentCost === null}
              error={errorFor('recurrentFromMonth')}
            />
          </SimpleGrid>
        ) : (
          <Text size="sm" c="dimmed">
            {t('item.finance.activitiesOnly')}
          </Text>
        )}
      </Stack>
    </Fieldset>
  );
}
