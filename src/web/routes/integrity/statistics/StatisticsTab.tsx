import { Box, Card, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../app/format';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { useCurrentWorkspace } from '../../workspaces/workspaceContext';
import { useCaseLabels } from '../cases/caseLabels';
import { useChannel } from '../channelApi';
import { type StatisticsCell, useStatisticsQuery } from '../integrityApi';

/** The first year offered: the channel cannot hold reports from before the platform existed. */
const FIRST_YEAR = 2024;

function yearOptions(allLabel: string) {
  const years: Array<{ value: string; label: string }> = [{ value: 'all', label: allLabel }];
  for (let year = new Date().getUTCFullYear(); year >= FIRST_YEAR; year -= 1)
    years.push({ value: String(year), label: String(year) });
  return years;
}

interface Row {
  key: string;
  label: string;
  cell: StatisticsCell;
}

/**
 * Integrity → Statistics (every member): reports counted by type, institution and status, with every
 * count from 1 to the threshold (and a second count where one alone would be hidden) suppressed by
 * the server so that no small group can be singled out.
 * Nothing here decrypts, so the page never loads libsodium.
 */
export function StatisticsTab() {
  const { t } = useTranslation('integrity');
  const { workspace } = useCurrentWorkspace();
  const slug = workspace.slug;
  const [year, setYear] = useState<number | null>(null);
  const statistics = useStatisticsQuery(slug, year);
  // the channel's own type labels; members who may not read the channel see the codes' built-in labels
  const channel = useChannel(slug);
  const labels = useCaseLabels(channel.data?.channel?.settings.reportTypes);
  const data = statistics.data;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Text size="sm" c="dimmed" maw={640}>
          {t('statistics.intro')}
        </Text>
        <Select
          label={t('statistics.year')}
          data={yearOptions(t('statistics.allYears'))}
          value={year === null ? 'all' : String(year)}
          allowDeselect={false}
          onChange={(value) => setYear(!value || value === 'all' ? null : Number(value))}
          w={160}
          data-testid="stat-year"
        />
      </Group>
      {statistics.isPending && <PageLoader />}
      {statistics.isError && <ErrorAlert error={statistics.error} />}
      {data && (
        <>
          <Card withBorder padding="sm">
            <Group gap="xs">
              <Text fw={600}>{t('statistics.total')}</Text>
              <CellText cell={data.total} testId="stat-total" />
            </Group>
            <Text size="xs" c="dimmed" mt={4}>
              {t('statistics.suppression', { max: data.threshold - 1 })}
            </Text>
          </Card>
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
            <StatisticsTable
              title={t('statistics.byType')}
              rows={data.byType.map((row) => ({
                key: row.code,
                label: labels.type(row.code),
                cell: row.cell,
              }))}
              testId="stat-by-type"
            />
            <StatisticsTable
              title={t('statistics.byInstitution')}
              rows={data.byInstitution.map((row) => ({
                key: row.institutionId ?? 'none',
                label: row.name ?? t('statistics.noInstitution'),
                cell: row.cell,
              }))}
              testId="stat-by-institution"
            />
            <StatisticsTable
              title={t('statistics.byStatus')}
              rows={data.byStatus.map((row) => ({
                key: row.status,
                label: labels.status(row.status),
                cell: row.cell,
              }))}
              testId="stat-by-status"
            />
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}

function CellText({ cell, testId }: { cell: StatisticsCell; testId?: string }) {
  const { t } = useTranslation('integrity');
  if (cell.suppressed || cell.count === null)
    return (
      <Text size="sm" c="dimmed" fs="italic" span data-testid="stat-suppressed">
        {t('statistics.hidden')}
      </Text>
    );
  return (
    <Text size="sm" span data-testid={testId}>
      {formatNumber(cell.count)}
    </Text>
  );
}

function StatisticsTable({ title, rows, testId }: { title: string; rows: Row[]; testId: string }) {
  const { t } = useTranslation('integrity');
  const largest = Math.max(1, ...rows.map((row) => row.cell.count ?? 0));
  return (
    <Card withBorder padding="sm">
      <Title order={2} size="h5" mb="xs">
        {title}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('statistics.none')}
        </Text>
      ) : (
        <Table verticalSpacing={4} data-testid={testId}>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key}>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  <Text size="sm">{row.label}</Text>
                  {row.cell.count !== null && (
                    <Box
                      aria-hidden="true"
                      mt={2}
                      h={6}
                      bg="blue.5"
                      style={{ borderRadius: 3, width: `${(row.cell.count / largest) * 100}%`, minWidth: 2 }}
                    />
                  )}
                </Table.Td>
                <Table.Td ta="end" style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                  <CellText cell={row.cell} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
