import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FinanceWarning, RateUsed } from './analysisApi';

/** The rates the figures rest on, and the warnings (missing rates, missing data) in the reader's language. */
export function FinanceNotes(props: { ratesUsed: readonly RateUsed[]; warnings: readonly FinanceWarning[] }) {
  const { t, i18n } = useTranslation('financeAnalysis');
  const number = new Intl.NumberFormat(i18n.language || 'en', { maximumSignificantDigits: 6 });
  return (
    <>
      {props.warnings.length > 0 && (
        <Alert color="orange" data-testid="finance-warnings">
          {props.warnings.map((warning) => (
            <Text size="sm" key={`${warning.key}-${JSON.stringify(warning.params)}`}>
              {t(`warnings.${warning.key}`, warning.params)}
            </Text>
          ))}
        </Alert>
      )}
      {props.ratesUsed.length > 0 && (
        <div>
          <Text size="xs" c="dimmed">
            {t('rates.used')}
          </Text>
          <List size="xs" data-testid="analysis-rates-used">
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
    </>
  );
}
