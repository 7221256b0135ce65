import { Card, Group, SegmentedControl, Select, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_STATUSES, type CaseStatus } from '../../../../core/integrity/types';
import { formatDate } from '../../../app/format';
import { RouterAnchor } from '../../../app/RouterLinks';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { useCurrentWorkspace } from '../../workspaces/workspaceContext';
import { useChannel } from '../channelApi';
import { type CaseSummary, useCaseListQuery } from '../integrityApi';
import { CaseDeadlines, CaseStatusBadge, IdentityModeLabel } from './CaseBadges';
import { type CaseLabels, useCaseLabels } from './caseLabels';

type Filter = CaseStatus | 'all';

/** Integrity → Cases: every report of the channel, newest first, by what a handler may see without keys. */
export function CaseListPage() {
  const { t } = useTranslation('integrity');
  const { workspace } = useCurrentWorkspace();
  const slug = workspace.slug;
  const [filter, setFilter] = useState<Filter>('all');
  const channel = useChannel(slug);
  const labels = useCaseLabels(channel.data?.channel?.settings.reportTypes);
  const cases = useCaseListQuery(slug, filter === 'all' ? null : filter);
  const narrow = useMediaQuery('(max-width: 48em)');
  const navigate = useNavigate();
  const open = (summary: CaseSummary) =>
    void navigate({ to: '/w/$slug/integrity/cases/$caseId', params: { slug, caseId: summary.id } });
  const filterOptions = [
    { value: 'all', label: t('cases.allStatuses') },
    ...CASE_STATUSES.map((status) => ({ value: status, label: labels.status(status) })),
  ];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Text size="sm" c="dimmed" maw={640}>
          {t('cases.intro')}
        </Text>
        {narrow ? (
          <Select
            label={t('cases.statusFilter')}
            data={filterOptions}
            value={filter}
            allowDeselect={false}
            onChange={(value) => setFilter((value ?? 'all') as Filter)}
            data-testid="cases-status-filter"
          />
        ) : (
          <SegmentedControl
            aria-label={t('cases.statusFilter')}
            data={filterOptions}
            value={filter}
            onChange={(value) => setFilter(value as Filter)}
            data-testid="cases-status-filter"
          />
        )}
      </Group>
      {cases.isPending && <PageLoader />}
      {cases.isError && <ErrorAlert error={cases.error} />}
      {cases.data?.length === 0 && (
        <Text size="sm" data-testid="cases-empty">
          {filter === 'all' ? t('cases.empty') : t('cases.emptyFiltered')}
        </Text>
      )}
      {cases.data && cases.data.length > 0 && narrow && (
        <Stack gap="sm">
          {cases.data.map((summary) => (
            <CaseCard key={summary.id} summary={summary} labels={labels} slug={slug} onOpen={open} />
          ))}
        </Stack>
      )}
      {cases.data && cases.data.length > 0 && !narrow && (
        <CaseTable cases={cases.data} labels={labels} slug={slug} onOpen={open} />
      )}
    </Stack>
  );
}

interface RowProps {
  labels: CaseLabels;
  slug: string;
  onOpen: (summary: CaseSummary) => void;
}

function CaseLink({ summary, slug }: { summary: CaseSummary; slug: string }) {
  const { t } = useTranslation('integrity');
  return (
    <RouterAnchor
      to="/w/$slug/integrity/cases/$caseId"
      params={{ slug, caseId: summary.id }}
      fw={600}
      size="sm"
      onClick={(event) => event.stopPropagation()}
    >
      {t('cases.number', { number: summary.number })}
    </RouterAnchor>
  );
}

function PurgedNote({ summary }: { summary: CaseSummary }) {
  const { t } = useTranslation('integrity');
  if (!summary.purgedAt) return null;
  return (
    <Text size="xs" c="dimmed" fs="italic">
      {t('cases.purgedOn', { date: formatDate(summary.purgedAt) })}
    </Text>
  );
}

function CaseTable({ cases, ...props }: RowProps & { cases: CaseSummary[] }) {
  const { t } = useTranslation('integrity');
  const { labels, slug, onOpen } = props;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table highlightOnHover verticalSpacing={6} data-testid="cases-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('cases.columns.number')}</Table.Th>
            <Table.Th>{t('cases.columns.received')}</Table.Th>
            <Table.Th>{t('cases.columns.status')}</Table.Th>
            <Table.Th>{t('cases.columns.type')}</Table.Th>
            <Table.Th>{t('cases.columns.institution')}</Table.Th>
            <Table.Th>{t('cases.columns.priority')}</Table.Th>
            <Table.Th>{t('cases.columns.assigned')}</Table.Th>
            <Table.Th>{t('cases.columns.deadlines')}</Table.Th>
            <Table.Th>{t('cases.columns.identity')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cases.map((summary) => (
            <Table.Tr
              key={summary.id}
              data-testid={`case-row-${summary.number}`}
              onClick={() => onOpen(summary)}
              style={{ cursor: 'pointer', opacity: summary.purgedAt ? 0.55 : undefined }}
            >
              <Table.Td>
                <CaseLink summary={summary} slug={slug} />
                <PurgedNote summary={summary} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDate(summary.receivedAt)}</Text>
              </Table.Td>
              <Table.Td>
                <CaseStatusBadge status={summary.status} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{labels.type(summary.typeCode)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{summary.institution?.name ?? '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{summary.priority ? labels.priority(summary.priority) : '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{summary.assignedTo?.name ?? t('cases.unassigned')}</Text>
              </Table.Td>
              <Table.Td>
                {summary.status === 'closed' ? (
                  <ClosedOn summary={summary} />
                ) : (
                  <CaseDeadlines record={summary} />
                )}
              </Table.Td>
              <Table.Td>
                <IdentityModeLabel mode={summary.identityMode} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ClosedOn({ summary }: { summary: CaseSummary }) {
  const { t } = useTranslation('integrity');
  return (
    <Text size="sm" c="dimmed">
      {summary.closedAt ? t('cases.closedOn', { date: formatDate(summary.closedAt) }) : '—'}
    </Text>
  );
}

function CaseCard({ summary, labels, slug, onOpen }: RowProps & { summary: CaseSummary }) {
  const { t } = useTranslation('integrity');
  return (
    <Card
      withBorder
      padding="sm"
      data-testid={`case-row-${summary.number}`}
      onClick={() => onOpen(summary)}
      style={{ cursor: 'pointer', opacity: summary.purgedAt ? 0.55 : undefined }}
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <CaseLink summary={summary} slug={slug} />
          <CaseStatusBadge status={summary.status} />
        </Group>
        <PurgedNote summary={summary} />
        <Text size="sm">
          {labels.type(summary.typeCode)}
          {summary.institution ? ` · ${summary.institution.name}` : ''}
        </Text>
        <Text size="xs" c="dimmed">
          {t('cases.receivedOn', { date: formatDate(summary.receivedAt) })}
          {summary.priority ? ` · ${labels.priority(summary.priority)}` : ''}
          {` · ${summary.assignedTo?.name ?? t('cases.unassigned')}`}
        </Text>
        {summary.status === 'closed' ? <ClosedOn summary={summary} /> : <CaseDeadlines record={summary} />}
        <IdentityModeLabel mode={summary.identityMode} />
      </Stack>
    </Card>
  );
}
