import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useExchangeRatesQuery } from '../financeQueries';

/** The currency totals are shown in: the reporting currency or any currency an exchange rate names. */
export function CurrencyPicker(props: {
  slug: string;
  reportingCurrency: string;
  value: string;
  onChange: (currency: string) => void;
}) {
  const { t } = useTranslation('financeAnalysis');
  const rates = useExchangeRatesQuery(props.slug);
  const codes = new Set([props.reportingCurrency, props.value]);
  for (const rate of rates.data?.rates ?? []) {
    codes.add(rate.fromCurrency);
    codes.add(rate.toCurrency);
  }
  return (
    <Select
      label={t('currency')}
      data={[...codes].sort()}
      value={props.value}
      onChange={(value) => value && props.onChange(value)}
      allowDeselect={false}
      w={120}
      data-testid="analysis-currency"
    />
  );
}
