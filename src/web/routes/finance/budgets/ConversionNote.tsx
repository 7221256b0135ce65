import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatList } from '../../../app/format';
import { RatesUsed } from '../RatesUsed';
import type { BudgetTotal } from './budgetsApi';

/** Which rates the total in the reporting currency used, and which currencies it had to leave out. */
export function ConversionNote({ total }: { total: BudgetTotal }) {
  const { t } = useTranslation('finance');
  return (
    <>
      {total.missingRates.length > 0 && (
        <Alert color="yellow" data-testid="budget-missing-rates">
          {t('budgets.missingRates', {
            count: total.missingRates.reduce((sum, missing) => sum + missing.count, 0),
            currencies: formatList(total.missingRates.map((missing) => missing.currency)),
            currency: total.currency,
          })}
        </Alert>
      )}
      <RatesUsed rates={total.ratesUsed} testId="budget-rates-used" />
    </>
  );
}
