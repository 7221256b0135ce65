import { Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StatusDetail } from '../review/reviewQueries';
import { formatFigure, StatusBadge } from '../review/StatusBadge';

type Row = StatusDetail['statuses'][number];

/** Why an indicator has its status at one org unit: actual against expected, and the series by period. */
export function StatusExplanation({ row, asOf }: { row: Row; asOf: string }) {
  const { t, i18n } = useTranslation(['monitoringReview']);
  const figure = (value: number | null | undefined) => formatFigure(value, i18n.language);
  const percent = (share: number) =>
    new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 }).format(share);
  return (
    <Card withBorder padding="sm">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Title order={3} size="h5">
            {t('detail.status')} — {row.orgUnitName}
          </Title>
          <Group gap={6}>
            <StatusBadge status={row.status} />
            <Text size="xs" c="dimmed">
              {t('indicators.asOf', { date: asOf })}
            </Text>
          </Group>
        </Group>
        {row.reason ? (
          <Text size="sm">{t(`reason.${row.reason}`)}</Text>
        ) : (
          <Text size="sm">
            {t('detail.explain', {
              period: row.period ?? '—',
              orgUnit: row.orgUnitName,
              actual: figure(row.actual),
              expected: figure(row.expected),
              baseline: figure(row.baseline?.value),
              baselinePeriod: row.baseline?.period ?? '—',
              target: figure(row.target?.value),
              targetPeriod: row.target?.period ?? '—',
            })}
            {row.progress !== null && ` ${t('detail.progress', { progress: percent(row.progress) })}`}
          </Text>
        )}
        {row.series.length > 0 && (
          <Table.ScrollContainer minWidth={320}>
            <Table verticalSpacing={2} aria-label={t('detail.series')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('detail.period')}</Table.Th>
                  <Table.Th>{t('detail.value')}</Table.Th>
                  <Table.Th>{t('detail.expected')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {row.series.map((point) => (
                  <Table.Tr key={point.period}>
                    <Table.Td>{point.period}</Table.Td>
                    <Table.Td>{figure(point.value)}</Table.Td>
                    <Table.Td>{figure(point.expected)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}
