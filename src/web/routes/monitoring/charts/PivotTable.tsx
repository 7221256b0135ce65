import { ScrollArea, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../app/format';
import type { AnalyticsResult } from './analyticsApi';
import { type ChartLabels, dimensionOrder, dimensionValue, type PivotDimension } from './chartOptions';

export interface PivotLayout {
  rows: PivotDimension[];
  columns: PivotDimension[];
}

/** The dimensions a result has: options only when it is split by a category. */
export function defaultLayout(result: AnalyticsResult): PivotLayout {
  return result.options.length > 0
    ? { rows: ['orgUnit', 'item'], columns: ['period', 'option'] }
    : { rows: ['orgUnit', 'item'], columns: ['period'] };
}

function combinations(result: AnalyticsResult, dims: PivotDimension[]): string[][] {
  let combos: string[][] = [[]];
  for (const dim of dims) {
    const next: string[][] = [];
    for (const prefix of combos) for (const key of dimensionOrder(result, dim)) next.push([...prefix, key]);
    combos = next;
  }
  return combos;
}

/** Items, periods, org units and options laid out on rows and columns as the chart's layout says. */
export function PivotTable({
  result,
  layout,
  labels,
}: {
  result: AnalyticsResult;
  layout: PivotLayout;
  labels: ChartLabels;
}) {
  const { t } = useTranslation(['monitoringAnalytics']);
  const dims = (list: PivotDimension[]) => list.filter((d) => d !== 'option' || result.options.length > 0);
  const rowDims = dims(layout.rows);
  const colDims = dims(layout.columns);
  const cells = new Map<string, number>();
  const names = new Map<string, string>();
  const keyOf = (row: AnalyticsResult['rows'][number], list: PivotDimension[]) =>
    list.map((dim) => {
      const value = dimensionValue(result, row, dim, labels);
      names.set(`${dim}|${value.key}`, value.label);
      return value.key;
    });
  for (const row of result.rows) {
    cells.set(`${keyOf(row, rowDims).join('|')}#${keyOf(row, colDims).join('|')}`, row.value);
  }
  const rowKeys = new Set([...cells.keys()].map((key) => key.split('#')[0]));
  const colKeys = new Set([...cells.keys()].map((key) => key.split('#')[1]));
  const present = (combo: string[], isRow: boolean) => (isRow ? rowKeys : colKeys).has(combo.join('|'));
  const rows = combinations(result, rowDims).filter((c) => present(c, true));
  const columns = combinations(result, colDims).filter((c) => present(c, false));
  const label = (dims: PivotDimension[], combo: string[]) =>
    combo.map((key, i) => names.get(`${dims[i]}|${key}`) ?? key).join(' · ');

  if (rows.length === 0) return <Text c="dimmed">{t('noData')}</Text>;
  return (
    <ScrollArea type="auto">
      <Table striped withTableBorder withColumnBorders fz="sm" data-testid="pivot-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{rowDims.map((d) => t(`dimension.${d}`)).join(' · ')}</Table.Th>
            {columns.map((combo) => (
              <Table.Th key={combo.join('|')} style={{ textAlign: 'end' }}>
                {label(colDims, combo)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((combo) => (
            <Table.Tr key={combo.join('|')}>
              <Table.Th scope="row" fw={500}>
                {label(rowDims, combo)}
              </Table.Th>
              {columns.map((col) => {
                const value = cells.get(`${combo.join('|')}#${col.join('|')}`);
                return (
                  <Table.Td key={col.join('|')} style={{ textAlign: 'end' }}>
                    {value === undefined ? '' : formatNumber(Math.round(value * 100) / 100)}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
