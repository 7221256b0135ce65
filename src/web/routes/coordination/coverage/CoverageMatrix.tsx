import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { STICKY_FIRST_CELL, WHOLE_BADGE_STYLES, WIDE_TABLE_SCROLL } from '../../../app/wideLayout';
import { type Coverage, type CoverageRow, formatAmount } from '../coordinationApi';

const SECTIONS = ['need', 'area', 'unlinked'] as const;

/** One reason (a message key and its parameters from the server) in the reader's language. */
export function useReasonText() {
  const { t } = useTranslation('coordination');
  return (reason: { key: string; params: Record<string, string | number> }) => t(reason.key, reason.params);
}

function RowLabel({ row }: { row: CoverageRow }) {
  const { t, i18n } = useTranslation(['coordination', 'funding']);
  const purpose = (code: string) =>
    i18n.exists(`funding:purposeCodes.${code}`) ? `${code} · ${t(`funding:purposeCodes.${code}`)}` : code;
  const reason = useReasonText();
  const label =
    row.kind === 'unlinked'
      ? row.id
        ? t('coverage.unlinkedCode', { code: purpose(row.id) })
        : t('coverage.unlinkedNone')
      : row.label;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      {row.priority !== null && (
        <Text size="xs" c="dimmed">
          {t('coverage.priority', { priority: row.priority })}
        </Text>
      )}
      {row.gap && (
        <Stack gap={2} data-testid="coverage-gap">
          <Badge color="red" variant="light" styles={WHOLE_BADGE_STYLES}>
            {t('coverage.gapFlag')}
          </Badge>
          <Text size="xs">{reason(row.gap)}</Text>
        </Stack>
      )}
      {row.duplication && (
        <Stack gap={2} data-testid="coverage-duplication">
          <Badge color="orange" variant="light" styles={WHOLE_BADGE_STYLES}>
            {t('coverage.duplicationFlag')}
          </Badge>
          <Text size="xs">{reason(row.duplication)}</Text>
        </Stack>
      )}
    </Stack>
  );
}

/** Needs, reform areas and unlinked flows (rows) against funders (columns): committed, with disbursed under it. */
export function CoverageMatrix({ coverage }: { coverage: Coverage }) {
  const { t, i18n } = useTranslation('coordination');
  const amount = (value: number) => (value === 0 ? '–' : formatAmount(value, i18n.language));
  const columns = coverage.funders.length + 2;
  return (
    <Table.ScrollContainer minWidth={360} {...WIDE_TABLE_SCROLL}>
      <Table striped withTableBorder data-testid="coverage-matrix">
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={STICKY_FIRST_CELL}>{t('coverage.rowHeader')}</Table.Th>
            {coverage.funders.map((funder) => (
              <Table.Th key={funder.id} style={{ textAlign: 'end' }}>
                {funder.name}
              </Table.Th>
            ))}
            <Table.Th style={{ textAlign: 'end' }}>
              {t('coverage.total', { currency: coverage.currency })}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {SECTIONS.map((section) => {
            const rows = coverage.rows.filter((row) => row.kind === section);
            if (rows.length === 0) return null;
            return (
              <Fragment key={section}>
                <Table.Tr>
                  <Table.Th colSpan={columns} style={{ ...STICKY_FIRST_CELL, maxWidth: 'none' }}>
                    {t(`coverage.section.${section}`)}
                  </Table.Th>
                </Table.Tr>
                {rows.map((row) => (
                  <Table.Tr key={`${row.kind}:${row.id}`} data-row-kind={row.kind}>
                    <Table.Td style={STICKY_FIRST_CELL}>
                      <RowLabel row={row} />
                    </Table.Td>
                    {row.cells.map((cell) => (
                      <Table.Td key={cell.funderId} style={{ textAlign: 'end', whiteSpace: 'nowrap' }}>
                        <Text size="sm">{amount(cell.committed)}</Text>
                        {cell.disbursed > 0 && (
                          <Text size="xs" c="dimmed">
                            {t('coverage.disbursedShort', { amount: amount(cell.disbursed) })}
                          </Text>
                        )}
                      </Table.Td>
                    ))}
                    <Table.Td style={{ textAlign: 'end', whiteSpace: 'nowrap' }}>
                      <Text size="sm" fw={600}>
                        {amount(row.committed)}
                      </Text>
                      {row.disbursed > 0 && (
                        <Text size="xs" c="dimmed">
                          {t('coverage.disbursedShort', { amount: amount(row.disbursed) })}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** What the colours and figures mean. */
export function CoverageLegend({ coverage }: { coverage: Coverage }) {
  const { t } = useTranslation('coordination');
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap">
        <Badge color="red" variant="light" styles={WHOLE_BADGE_STYLES}>
          {t('coverage.gapFlag')}
        </Badge>
        <Text size="xs">{t('coverage.legendGap', { threshold: coverage.gapThreshold })}</Text>
      </Group>
      <Group gap="xs" wrap="wrap">
        <Badge color="orange" variant="light" styles={WHOLE_BADGE_STYLES}>
          {t('coverage.duplicationFlag')}
        </Badge>
        <Text size="xs">{t('coverage.legendDuplication')}</Text>
      </Group>
      <Text size="xs" c="dimmed">
        {t('coverage.legendAmounts', { currency: coverage.currency })}
      </Text>
    </Stack>
  );
}
