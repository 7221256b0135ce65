import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../financeQueries';
import { RatesUsed } from '../RatesUsed';
import type { FundingTotals } from './fundingApi';

/** The rates the totals rest on, and what no rate could convert (left out, never guessed). */
export function RatesNote(props: Pick<FundingTotals, 'ratesUsed' | 'missingRates'> & { currency: string }) {
  const { t } = useTranslation('funding');
  return (
    <>
      <RatesUsed rates={props.ratesUsed} testId="rates-used" />
      {props.missingRates.length > 0 && (
        <Alert color="orange" data-testid="rates-missing">
          {props.missingRates.map((missing) => (
            <Text size="sm" key={missing.currency}>
              {t('rates.missing', {
                amount: formatMoney(missing.amount, missing.currency),
                to: props.currency,
              })}
            </Text>
          ))}
        </Alert>
      )}
    </>
  );
}
