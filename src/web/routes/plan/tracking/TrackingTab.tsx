import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { monthLabel, monthOffset } from '../../../../core/planning/portfolio';
import type { Rag } from '../../../../core/planning/tracking';
import { type PlanItem, type PlanTracking, plansApi } from '../../../api/plans';
import { ConfirmModal } from '../../../app/ConfirmModal';
import { formatDateTime } from '../../../app/format';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { STICKY_FIRST_CELL, WHOLE_BADGE_STYLES, WIDE_TABLE_SCROLL } from '../../../app/wideLayout';
import { useErrorText } from '../../assess/useErrorText';
import { useInvalidatePlans, usePlanDetailQuery, usePlanPermissions } from '../planQueries';
import { compareCodes, currentMonth } from '../portfolio/itemTree';
import { useTrackingQuery } from '../portfolio/portfolioQueries';
import { RAG_COLORS, usePlanLabels } from '../portfolio/usePlanLabels';
import { ActivityProgressRow } from './ActivityProgressRow';

const RAGS: Rag[] = ['red', 'amber', 'green', 'grey'];

/**
 * Implementation tracking: each activity's reported progress against the approved baseline, as
 * red / amber / green, rolled up per programme; progress is updated in place.
 */
export function TrackingTab({ slug, planId }: { slug: string; planId: string }) {
  const { t } = useTranslation('portfolio');
  const labels = usePlanLabels();
  const errorMessage = useErrorText();
  const { canWrite, canApprove } = usePlanPermissions();
  const [chosenAsOf, setAsOf] = useState<string | null>(null);
  const [ragFilter, setRagFilter] = useState<Rag | null>(null);
  const [approving, setApproving] = useState(false);
  const detail = usePlanDetailQuery(slug, planId);
  // as of the plan's status date (today unless set) until another month is chosen
  const asOf = chosenAsOf ?? detail.data?.plan.statusDate ?? currentMonth();
  const tracking = useTrackingQuery(slug, planId, asOf);
  const invalidate = useInvalidatePlans(slug);

  const approve = useMutation({
    mutationFn: () => plansApi.approve(slug, planId),
    onSuccess: async () => {
      setApproving(false);
      await invalidate();
      notifications.show({ color: 'green', message: t('tracking.approved') });
    },
    onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
  });

  const startMonth = detail.data?.plan.startMonth;
  const horizon = detail.data?.plan.horizonMonths ?? 0;
  const monthOptions = useMemo(() => {
    if (!startMonth) return [];
    const first = Math.min(-12, monthOffset(startMonth, asOf));
    const last = Math.max(horizon + 12, monthOffset(startMonth, asOf));
    return Array.from({ length: last - first + 1 }, (_, index) => {
      const value = monthLabel(startMonth, first + index);
      return { value, label: labels.yearMonth(value) };
    }).reverse();
  }, [startMonth, horizon, asOf, labels]);

  if (detail.isPending) return <PageLoader />;
  if (detail.isError) return <ErrorAlert error={detail.error} />;
  const { plan, items } = detail.data;
  const itemsById = new Map(items.map((item) => [item.id, item]));
  const hasBaseline = plan.approvedAt !== null;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Select
          label={t('tracking.asOf')}
          data={monthOptions}
          value={asOf}
          onChange={(value) => value && setAsOf(value)}
          allowDeselect={false}
          searchable
          w={{ base: '100%', xs: 200 }}
          data-testid="tracking-as-of"
        />
        {canApprove && (
          <Button
            onClick={() => setApproving(true)}
            variant={hasBaseline ? 'light' : 'filled'}
            data-testid="approve-baseline"
          >
            {hasBaseline ? t('tracking.reapprove') : t('tracking.approve')}
          </Button>
        )}
      </Group>
      {hasBaseline ? (
        <Text size="sm" data-testid="baseline-approved">
          <Badge color="green" variant="light" me="xs">
            {t('tracking.baseline')}
          </Badge>
          {t('tracking.approvedAt', { date: formatDateTime(plan.approvedAt ?? '') })}
        </Text>
      ) : (
        <Alert color="gray" variant="light" title={t('tracking.noBaselineTitle')} data-testid="no-baseline">
          {canApprove ? t('tracking.noBaselineApprover') : t('tracking.noBaseline')}
        </Alert>
      )}
      {tracking.isPending && <PageLoader />}
      {tracking.isError && <ErrorAlert error={tracking.error} />}
      {tracking.data && (
        <Dashboard
          data={tracking.data}
          ragFilter={ragFilter}
          onFilter={setRagFilter}
          stale={tracking.isPlaceholderData}
        />
      )}
      {tracking.data && (
        <Stack gap="xs">
          <Group justify="space-between">
            <Title order={3} size="h4">
              {t('tracking.activities')}
            </Title>
            {ragFilter && (
              <Button size="compact-sm" variant="subtle" onClick={() => setRagFilter(null)}>
                {t('tracking.showAll')}
              </Button>
            )}
          </Group>
          <ActivitiesTable
            slug={slug}
            planId={planId}
            rows={tracking.data.activities.filter((row) => ragFilter === null || row.rag === ragFilter)}
            itemsById={itemsById}
            canWrite={canWrite}
            emptyText={
              tracking.data.activities.length === 0 ? t('tracking.noActivities') : t('tracking.noneWithRag')
            }
          />
        </Stack>
      )}
      <ConfirmModal
        opened={approving}
        title={t('tracking.approveTitle')}
        message={hasBaseline ? t('tracking.reapproveMessage') : t('tracking.approveMessage')}
        confirmLabel={t('tracking.approveConfirm')}
        busy={approve.isPending}
        onConfirm={() => approve.mutate()}
        onClose={() => setApproving(false)}
      />
    </Stack>
  );
}

function RagBadge({ rag, count }: { rag: Rag; count?: number }) {
  const labels = usePlanLabels();
  return (
    <Badge variant="dot" color={RAG_COLORS[rag]} size="sm" styles={WHOLE_BADGE_STYLES}>
      {count === undefined ? labels.rag(rag) : `${labels.rag(rag)} ${labels.number(count)}`}
    </Badge>
  );
}

function Dashboard(props: {
  data: PlanTracking;
  ragFilter: Rag | null;
  onFilter: (rag: Rag | null) => void;
  stale: boolean;
}) {
  const { data, ragFilter, onFilter, stale } = props;
  const { t } = useTranslation('portfolio');
  const labels = usePlanLabels();
  const programmes = [...data.programmes].sort((a, b) => compareCodes(a.code, b.code));
  return (
    <Stack gap="md" data-testid="tracking-dashboard" style={{ opacity: stale ? 0.6 : 1 }}>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        {RAGS.map((rag) => (
          <UnstyledButton
            key={rag}
            onClick={() => onFilter(ragFilter === rag ? null : rag)}
            aria-pressed={ragFilter === rag}
            aria-label={t('tracking.filterRag', { rag: labels.rag(rag), count: data.totals[rag] })}
          >
            <Card
              withBorder
              padding="sm"
              style={{
                borderColor: ragFilter === rag ? `var(--mantine-color-${RAG_COLORS[rag]}-6)` : undefined,
                borderInlineStartWidth: 6,
                borderInlineStartColor: `var(--mantine-color-${RAG_COLORS[rag]}-6)`,
              }}
              data-testid={`rag-total-${rag}`}
            >
              <Text size="xl" fw={700}>
                {labels.number(data.totals[rag])}
              </Text>
              <Text size="sm" c="dimmed">
                {t(`tracking.total.${rag}`)}
              </Text>
            </Card>
          </UnstyledButton>
        ))}
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        {t('tracking.ragHelp')}
      </Text>
      <Title order={3} size="h4">
        {t('tracking.programmes')}
      </Title>
      {programmes.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('tracking.noProgrammes')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640} {...WIDE_TABLE_SCROLL}>
          <Table verticalSpacing="xs" data-testid="tracking-programmes">
            <Table.Thead>
              <Table.Tr>
                <Table.Th style={STICKY_FIRST_CELL}>{t('tracking.programme')}</Table.Th>
                <Table.Th>{t('tracking.status')}</Table.Th>
                <Table.Th>{t('tracking.counts')}</Table.Th>
                <Table.Th w={200}>{t('tracking.percent')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {programmes.map((programme) => (
                <Table.Tr key={programme.itemId}>
                  <Table.Td style={STICKY_FIRST_CELL}>
                    <Text size="sm" fw={600}>
                      <bdi>{programme.code}</bdi> · <bdi>{programme.name}</bdi>
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <RagBadge rag={programme.rag} />
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {RAGS.filter((rag) => programme.counts[rag] > 0).map((rag) => (
                        <RagBadge key={rag} rag={rag} count={programme.counts[rag]} />
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Progress
                        value={programme.percentComplete}
                        color={RAG_COLORS[programme.rag]}
                        style={{ flex: 1 }}
                        aria-label={t('tracking.percentOf', { name: programme.code })}
                      />
                      <Text size="sm" w={48} ta="end">
                        {t('tracking.percentValue', { value: labels.number(programme.percentComplete) })}
                      </Text>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function ActivitiesTable(props: {
  slug: string;
  planId: string;
  rows: PlanTracking['activities'];
  itemsById: Map<string, PlanItem>;
  canWrite: boolean;
  emptyText: string;
}) {
  const { slug, planId, rows, itemsById, canWrite, emptyText } = props;
  const { t } = useTranslation('portfolio');
  const sorted = [...rows].sort((a, b) => compareCodes(a.code, b.code));
  if (sorted.length === 0) return <Text c="dimmed">{emptyText}</Text>;
  return (
    <Table.ScrollContainer minWidth={canWrite ? 1080 : 760} {...WIDE_TABLE_SCROLL}>
      <Table verticalSpacing="xs" striped data-testid="tracking-activities">
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={STICKY_FIRST_CELL}>{t('tracking.activity')}</Table.Th>
            <Table.Th>{t('tracking.rag')}</Table.Th>
            <Table.Th>{t('tracking.status')}</Table.Th>
            <Table.Th>{t('tracking.percent')}</Table.Th>
            <Table.Th>{t('tracking.slippage')}</Table.Th>
            <Table.Th>{t('tracking.actualStart')}</Table.Th>
            <Table.Th>{t('tracking.actualFinish')}</Table.Th>
            {canWrite && <Table.Th>{t('form.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((row) => {
            const item = itemsById.get(row.itemId);
            return (
              <ActivityProgressRow
                // a fresh row (and draft) whenever the saved values change
                key={`${row.itemId}|${row.status}|${row.percentComplete}|${item?.actualStart}|${item?.actualFinish}`}
                slug={slug}
                planId={planId}
                row={row}
                item={item ?? null}
                canWrite={canWrite}
              />
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
