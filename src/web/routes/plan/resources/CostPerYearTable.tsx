import { Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CostPerYear } from '../../../api/plans';
import { formatAmount, formatPlanYear } from '../planFormat';

/** What each budget resource spends per plan year, with totals. */
export function CostPerYearTable({ costs, startMonth }: { costs: CostPerYear[]; startMonth: string }) {
  const { t } = useTranslation('plan');
  const years = Math.max(0, ...costs.map((cost) => cost.years.length));
  const yearIndexes = Array.from({ length: years }, (_, index) => index);
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('resources.costPerYear')}
      </Title>
      <Table.ScrollContainer minWidth={Math.min(1200, 220 + years * 120)}>
        <Table data-testid="cost-per-year" striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('resources.budget')}</Table.Th>
              {yearIndexes.map((year) => (
                <Table.Th key={year} style={{ textAlign: 'end', whiteSpace: 'nowrap' }}>
                  {formatPlanYear(startMonth, year)}
                </Table.Th>
              ))}
              <Table.Th style={{ textAlign: 'end' }}>{t('resources.total')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {costs.map((cost) => (
              <Table.Tr key={cost.resourceId}>
                <Table.Td>
                  <bdi>{cost.name}</bdi>
                </Table.Td>
                {yearIndexes.map((year) => (
                  <Table.Td key={year} style={{ textAlign: 'end', whiteSpace: 'nowrap' }}>
                    {formatAmount(cost.years[year] ?? 0, cost.currency)}
                  </Table.Td>
                ))}
                <Table.Td style={{ textAlign: 'end', whiteSpace: 'nowrap', fontWeight: 600 }}>
                  {formatAmount(
                    cost.years.reduce((sum, value) => sum + value, 0),
                    cost.currency,
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
