import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FLOW_KINDS } from '../../../../core/finance/codes';
import { formatMoney, formatShare } from '../financeQueries';
import type { FundingTotals } from './fundingApi';
import { RatesNote } from './RatesNote';

/** The rates behind both sets of totals, each once. */
function mergeRates(a: FundingTotals['ratesUsed'], b: FundingTotals['ratesUsed']) {
  const seen = new Set(a.map((rate) => `${rate.fromCurrency}-${rate.rateDate}`));
  return [...a, ...b.filter((rate) => !seen.has(`${rate.fromCurrency}-${rate.rateDate}`))];
}

/** Totals by kind in one currency, each with its ODA part, and the rates they rest on. */
export function FlowTotals({ totals, intoFunds }: { totals: FundingTotals; intoFunds: FundingTotals }) {
  const { t } = useTranslation('funding');
  const { t: tFinance } = useTranslation('finance');
  return (
    <Stack gap="xs" data-testid="flow-totals">
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        {FLOW_KINDS.map((kind) => {
          const total = totals.byKind[kind];
          const oda = totals.odaByKind[kind];
          return (
            <Paper key={kind} withBorder p="xs">
              <Text size="xs" c="dimmed">
                {tFinance(`flowKind.${kind}`)}
              </Text>
              <Text fw={600}>{formatMoney(total, totals.currency)}</Text>
              {total > 0 && (
                <Text size="xs" c="dimmed">
                  {t('totals.odaSplit', {
                    yes: formatShare(oda.yes / total, 0),
                    partly: formatShare(oda.partly / total, 0),
                  })}
                </Text>
              )}
            </Paper>
          );
        })}
      </SimpleGrid>
      {FLOW_KINDS.some((kind) => intoFunds.byKind[kind] > 0) && (
        <Text size="sm" c="dimmed" data-testid="into-funds">
          {t('totals.intoFunds', {
            committed: formatMoney(intoFunds.byKind.commitment, totals.currency),
            paid: formatMoney(
              intoFunds.byKind.disbursement + intoFunds.byKind.incoming_funds,
              totals.currency,
            ),
          })}
        </Text>
      )}
      <RatesNote
        ratesUsed={mergeRates(totals.ratesUsed, intoFunds.ratesUsed)}
        missingRates={[...totals.missingRates, ...intoFunds.missingRates]}
        currency={totals.currency}
      />
    </Stack>
  );
}
