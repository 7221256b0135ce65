import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STICKY_FIRST_CELL, WIDE_TABLE_SCROLL } from '../../../app/wideLayout';
import { formatMoney } from '../financeQueries';
import type { Sustainability } from './sustainabilityApi';

/** The plan's one-off cost per fiscal year against its budget envelopes, and the recurrent costs it creates. */
export function ReformCostsTable(props: {
  data: Sustainability;
  yearLabel: (year: number) => string;
  money: (value: number | null) => string;
}) {
  const { t } = useTranslation('financeAnalysis');
  const { reformCosts, recurrentItems } = props.data;
  return (
    <section>
      <Title order={2} size="h4">
        {t('reform.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('reform.help')}
      </Text>
      {reformCosts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('reform.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={360} {...WIDE_TABLE_SCROLL}>
          <Table striped data-testid="reform-costs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th style={STICKY_FIRST_CELL}>{t('year')}</Table.Th>
                <Table.Th>{t('reform.cost')}</Table.Th>
                <Table.Th>{t('reform.envelope')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {reformCosts.map((year) => (
                <Table.Tr key={year.fiscalYear}>
                  <Table.Th style={STICKY_FIRST_CELL}>{props.yearLabel(year.fiscalYear)}</Table.Th>
                  <Table.Td c={year.cost > year.envelope + 0.005 ? 'red' : undefined}>
                    {props.money(year.cost)}
                  </Table.Td>
                  <Table.Td>{props.money(year.envelope)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Title order={3} size="h5" mt="md" mb="xs">
        {t('reform.recurrentTitle')}
      </Title>
      {recurrentItems.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('reform.noRecurrent')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={360} {...WIDE_TABLE_SCROLL}>
          <Table striped data-testid="recurrent-items">
            <Table.Thead>
              <Table.Tr>
                <Table.Th style={STICKY_FIRST_CELL}>{t('reform.activity')}</Table.Th>
                <Table.Th>{t('reform.from')}</Table.Th>
                <Table.Th>{t('reform.annual')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {recurrentItems.map((item) => (
                <Table.Tr key={item.itemId}>
                  <Table.Td style={STICKY_FIRST_CELL} dir="auto">
                    {item.code} {item.name}
                  </Table.Td>
                  <Table.Td>{item.fromMonth}</Table.Td>
                  <Table.Td>{formatMoney(item.annualCost, item.currency)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}
