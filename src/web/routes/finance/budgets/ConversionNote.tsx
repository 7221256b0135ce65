import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatList, formatNumber } from '../../../app/format';
import type { BudgetTotal } from './budgetsApi';

/** Which rates the total in the reporting currency used, and which currencies it had to leave out. */
export function ConversionNote({ total }: { total: BudgetTotal }) {
  const { t } = useTranslation('finance');
  return (
    <>
      {total.missingRates.length > 0 && (
        <Alert color="yellow" data-testid="budget-missing-rates">
          {t('budgets.missingRates', {
            count: total.missingRates.reduce((sum, missing) => sum + missing.lineCount, 0),
            currencies: formatList(total.missingRates.map((missing) => missing.currency)),
            currency: total.currency,
          })}
        </Alert>
      )}
      {total.ratesUsed.length > 0 && (
        <Text size="xs" c="dimmed">
          {t('budgets.ratesUsed', {
            rates: formatList(
              total.ratesUsed.map(
                (rate) =>
                  `1 ${rate.fromCurrency} = ${formatNumber(rate.rate)} ${rate.toCurrency} (${formatDate(rate.rateDate)})`,
              ),
            ),
          })}
        </Text>
      )}
    </>
  );
}
