import { Badge, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STICKY_FIRST_CELL, WHOLE_BADGE_STYLES, WIDE_TABLE_SCROLL } from '../../../app/wideLayout';
import { formatShare } from '../financeQueries';
import type { AnalysisYear } from './analysisApi';
import { credibilityColor } from './overviewCharts';

/** Executed ÷ approved per institution and year, coloured by how far execution strays from the budget. */
export function CredibilityTable(props: {
  years: readonly AnalysisYear[];
  yearLabel: (year: number) => string;
  institutionName: (actorId: string | null) => string;
}) {
  const { t } = useTranslation('financeAnalysis');
  const institutions: (string | null)[] = [];
  for (const year of props.years)
    for (const row of year.byInstitution)
      if (!institutions.includes(row.actorId)) institutions.push(row.actorId);
  const cell = (ratio: number | null) =>
    ratio === null ? (
      <Text size="sm" c="dimmed">
        —
      </Text>
    ) : (
      <Badge color={credibilityColor(ratio)} variant="light" styles={WHOLE_BADGE_STYLES}>
        {formatShare(ratio, 0)}
      </Badge>
    );
  return (
    <section>
      <Title order={2} size="h4">
        {t('credibility.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('credibility.help')}
      </Text>
      <Table.ScrollContainer minWidth={360} {...WIDE_TABLE_SCROLL}>
        <Table striped data-testid="credibility-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th style={STICKY_FIRST_CELL}>{t('credibility.institution')}</Table.Th>
              {props.years.map((year) => (
                <Table.Th key={year.fiscalYear}>{props.yearLabel(year.fiscalYear)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {institutions.map((actorId) => (
              <Table.Tr key={actorId ?? 'none'}>
                <Table.Td style={STICKY_FIRST_CELL}>{props.institutionName(actorId)}</Table.Td>
                {props.years.map((year) => (
                  <Table.Td key={year.fiscalYear}>
                    {cell(year.byInstitution.find((row) => row.actorId === actorId)?.credibility ?? null)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Th style={STICKY_FIRST_CELL}>{t('credibility.all')}</Table.Th>
              {props.years.map((year) => (
                <Table.Td key={year.fiscalYear}>{cell(year.credibility)}</Table.Td>
              ))}
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}
