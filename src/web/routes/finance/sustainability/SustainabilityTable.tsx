import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STICKY_FIRST_CELL, WIDE_TABLE_SCROLL } from '../../../app/wideLayout';
import type { SustainabilityYear } from './sustainabilityApi';

/** The per-year sustainability table: resources, the recurrent bill and its parts, the gap or surplus. */
export function SustainabilityTable(props: {
  years: readonly SustainabilityYear[];
  yearLabel: (year: number) => string;
  money: (value: number | null) => string;
}) {
  const { t } = useTranslation('financeAnalysis');
  const columns = [
    ['fiscalSpace', (y: SustainabilityYear) => y.fiscalSpace],
    ['donors', (y: SustainabilityYear) => y.donorFinancing],
    ['baseline', (y: SustainabilityYear) => y.baselineRecurrent],
    ['takeOvers', (y: SustainabilityYear) => y.takeOvers],
    ['reform', (y: SustainabilityYear) => y.reformRecurrent],
    ['bill', (y: SustainabilityYear) => y.bill],
    ['surplus', (y: SustainabilityYear) => y.surplus],
  ] as const;
  return (
    <Table.ScrollContainer minWidth={820} {...WIDE_TABLE_SCROLL}>
      <Table striped data-testid="sustainability-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={STICKY_FIRST_CELL}>{t('year')}</Table.Th>
            {columns.map(([key]) => (
              <Table.Th key={key}>{t(`series.${key}`)}</Table.Th>
            ))}
            <Table.Th>{t('series.gap')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.years.map((year) => (
            <Table.Tr key={year.fiscalYear}>
              <Table.Th style={STICKY_FIRST_CELL}>
                {props.yearLabel(year.fiscalYear)}
                {year.observed && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    ({t('sustainability.observed')})
                  </Text>
                )}
              </Table.Th>
              {columns.map(([key, pick]) => (
                <Table.Td key={key}>{props.money(pick(year))}</Table.Td>
              ))}
              <Table.Td
                c={(year.gap ?? 0) > 0 ? 'red' : undefined}
                fw={(year.gap ?? 0) > 0 ? 700 : undefined}
              >
                {props.money(year.gap)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
