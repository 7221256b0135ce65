import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { RateUsedSchema } from '../../../server/modules/finance/conversion-schemas';

export type RateUsed = z.output<typeof RateUsedSchema>;

/** The exchange rates a converted total rests on, one per line, in the reader's language. */
export function RatesUsed({ rates, testId }: { rates: readonly RateUsed[]; testId?: string }) {
  const { t, i18n } = useTranslation('finance');
  if (rates.length === 0) return null;
  const language = i18n.language || 'en';
  const number = new Intl.NumberFormat(language, { maximumSignificantDigits: 6 });
  // a rate's date is a calendar day: read in UTC so no time zone moves it to the day before
  const day = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
  return (
    <div>
      <Text size="xs" c="dimmed">
        {t('ratesUsed.title')}
      </Text>
      <List size="xs" data-testid={testId}>
        {rates.map((rate) => (
          <List.Item key={`${rate.fromCurrency}-${rate.toCurrency}-${rate.rateDate}`} dir="auto">
            {t('ratesUsed.rate', {
              from: rate.fromCurrency,
              to: rate.toCurrency,
              rate: number.format(rate.rate),
              date: day.format(new Date(`${rate.rateDate}T00:00:00Z`)),
            })}
          </List.Item>
        ))}
      </List>
    </div>
  );
}
