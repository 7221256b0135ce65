import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RatesUsed, type RateUsed } from '../RatesUsed';
import type { FinanceWarning } from './analysisApi';

/** The rates the figures rest on, and the warnings (missing rates, missing data) in the reader's language. */
export function FinanceNotes(props: { ratesUsed: readonly RateUsed[]; warnings: readonly FinanceWarning[] }) {
  const { t } = useTranslation('financeAnalysis');
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
      <RatesUsed rates={props.ratesUsed} testId="analysis-rates-used" />
    </>
  );
}
