import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STICKY_FIRST_CELL, WHOLE_BADGE_STYLES, WIDE_TABLE_SCROLL } from '../../../app/wideLayout';
import { cofogKey, formatMoney } from '../financeQueries';
import { type BudgetLine, type BudgetTotal, totalsByCurrency } from './budgetsApi';

const amount = (value: number | null, currency: string) =>
  value === null ? '—' : formatMoney(value, currency);

/** The year's budget lines, then one totals row per currency. */
export function BudgetTable(props: {
  lines: BudgetLine[];
  /** The lines in the reporting currency, shown when they are not all in it already. */
  total: BudgetTotal;
  canWrite: boolean;
  onEdit: (line: BudgetLine) => void;
  onDelete: (line: BudgetLine) => void;
}) {
  const { t } = useTranslation('finance');
  const { t: tRoot } = useTranslation();
  const totals = totalsByCurrency(props.lines);
  const converted = props.total;
  const showConverted = totals.some((total) => total.currency !== converted.currency);
  return (
    <Table.ScrollContainer minWidth={960} {...WIDE_TABLE_SCROLL}>
      <Table striped highlightOnHover data-testid="budget-lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={STICKY_FIRST_CELL}>{t('budgets.institution')}</Table.Th>
            <Table.Th>{t('budgets.cofog')}</Table.Th>
            <Table.Th>{t('budgets.economicClass')}</Table.Th>
            <Table.Th ta="end">{t('budgets.approved')}</Table.Th>
            <Table.Th ta="end">{t('budgets.revised')}</Table.Th>
            <Table.Th ta="end">{t('budgets.executed')}</Table.Th>
            <Table.Th>{t('budgets.source')}</Table.Th>
            {props.canWrite && <Table.Th>{tRoot('common.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.lines.map((line) => (
            <Table.Tr key={line.id}>
              <Table.Td style={STICKY_FIRST_CELL}>
                <Stack gap={2}>
                  <Text size="sm">{line.institution ?? t('budgets.noInstitution')}</Text>
                  {line.description && (
                    <Text size="xs" c="dimmed">
                      {line.description}
                    </Text>
                  )}
                  <Group gap={4}>
                    {line.secret && (
                      <Badge size="xs" color="grape" styles={WHOLE_BADGE_STYLES}>
                        {t('budgets.secret')}
                      </Badge>
                    )}
                    {line.offBudget && (
                      <Badge size="xs" color="orange" styles={WHOLE_BADGE_STYLES}>
                        {t('budgets.offBudget')}
                      </Badge>
                    )}
                  </Group>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  <span dir="ltr">{line.cofog}</span> {t(cofogKey(line.cofog))}
                </Text>
              </Table.Td>
              <Table.Td>{t(`economicClass.${line.economicClass}`)}</Table.Td>
              <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                {amount(line.approved, line.currency)}
              </Table.Td>
              <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                {amount(line.revised, line.currency)}
              </Table.Td>
              <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                {amount(line.executed, line.currency)}
              </Table.Td>
              <Table.Td>{line.source ?? t('domestic')}</Table.Td>
              {props.canWrite && (
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button size="compact-xs" variant="subtle" onClick={() => props.onEdit(line)}>
                      {tRoot('common.edit')}
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      onClick={() => props.onDelete(line)}
                    >
                      {tRoot('common.delete')}
                    </Button>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          {totals.map((total) => (
            <Table.Tr key={total.currency} fw={700} data-testid="budget-total">
              <Table.Td style={STICKY_FIRST_CELL}>
                {t('budgets.total', { currency: total.currency })}
              </Table.Td>
              <Table.Td />
              <Table.Td />
              <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                {formatMoney(total.approved, total.currency)}
              </Table.Td>
              <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                {formatMoney(total.revised, total.currency)}
              </Table.Td>
              <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                {formatMoney(total.executed, total.currency)}
              </Table.Td>
              <Table.Td />
              {props.canWrite && <Table.Td />}
            </Table.Tr>
          ))}
          {showConverted && (
            <Table.Tr fw={700} data-testid="budget-total-reporting">
              <Table.Td style={STICKY_FIRST_CELL}>
                {t('budgets.totalReporting', { currency: converted.currency })}
              </Table.Td>
              <Table.Td />
              <Table.Td />
              <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                {formatMoney(converted.approved, converted.currency)}
              </Table.Td>
              <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                {formatMoney(converted.revised, converted.currency)}
              </Table.Td>
              <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                {formatMoney(converted.executed, converted.currency)}
              </Table.Td>
              <Table.Td />
              {props.canWrite && <Table.Td />}
            </Table.Tr>
          )}
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
