import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../financeQueries';
import type { FundingTotals } from './fundingApi';

/** The rates the totals rest on, and what no rate could convert (left out, never guessed). */
export function RatesNote(props: Pick<FundingTotals, 'ratesUsed' | 'missingRates'> & { currency: string }) {
  const { t, i18n } = useTranslation('funding');
  const number = new Intl.NumberFormat(i18n.language || 'en', { maximumSignificantDigits: 6 });
  return (
    <>
      {props.ratesUsed.length > 0 && (
        <div>
          <Text size="xs" c="dimmed">
            {t('rates.used')}
          </Text>
          <List size="xs" data-testid="rates-used">
            {props.ratesUsed.map((rate) => (
              <List.Item key={`${rate.fromCurrency}-${rate.rateDate}`} dir="auto">
                {t('rates.rate', {
                  from: rate.fromCurrency,
                  to: rate.toCurrency,
                  rate: number.format(rate.rate),
                  date: rate.rateDate,
                })}
              </List.Item>
            ))}
          </List>
        </div>
      )}
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
