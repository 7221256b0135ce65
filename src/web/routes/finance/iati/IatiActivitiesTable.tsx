import {
  Badge,
  Button,
  Group,
  Pagination,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../app/format';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { STICKY_FIRST_CELL, WIDE_TABLE_SCROLL } from '../../../app/wideLayout';
import { useErrorText } from '../../assess/useErrorText';
import { invalidateMoneyViews } from '../financeQueries';
import {
  ACTIVITIES_PAGE,
  type IatiActivity,
  type IatiMatch,
  iatiApi,
  iatiKeys,
  type MatchFilter,
} from './iatiApi';

const FILTERS = ['all', 'unmatched', 'unreviewed', 'matched'] as const;
const KIND_COLOR = { sector: 'teal', keyword: 'blue', manual: 'grape' } as const;

/** Imported activities with their match to a reform activity: change it by hand, or confirm it. */
export function IatiActivitiesTable(props: {
  slug: string;
  items: { value: string; label: string }[];
  canMatch: boolean;
}) {
  const { t } = useTranslation(['iati', 'finance']);
  const errorMessage = useErrorText();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState<(typeof FILTERS)[number]>('all');
  const [page, setPage] = useState(0);
  const matchFilter: MatchFilter | null = filter === 'all' ? null : filter;
  const activities = useQuery({
    queryKey: iatiKeys.activities(props.slug, matchFilter, page),
    queryFn: () => iatiApi.activities(props.slug, matchFilter, page),
    placeholderData: keepPreviousData,
  });
  const match = useMutation({
    mutationFn: ({ id, body }: { id: string; body: IatiMatch }) => iatiApi.match(props.slug, id, body),
    onSuccess: async () => {
      // the imported flows change the funding, coverage and sustainability pages
      await invalidateMoneyViews(queryClient, props.slug);
    },
  });
  const total = activities.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / ACTIVITIES_PAGE));

  const row = (activity: IatiActivity) => (
    <Table.Tr key={activity.id}>
      <Table.Td style={STICKY_FIRST_CELL}>
        <Text size="sm" fw={500}>
          {activity.title || activity.identifier}
        </Text>
        <Text size="xs" c="dimmed" dir="ltr">
          {activity.identifier}
        </Text>
      </Table.Td>
      <Table.Td>{activity.funder?.name ?? '—'}</Table.Td>
      <Table.Td dir="ltr">
        <Text size="xs">
          {activity.sectors
            .map((s) => (s.percentage !== null ? `${s.code} (${s.percentage}%)` : s.code))
            .join(', ') || '—'}
        </Text>
      </Table.Td>
      <Table.Td>
        {activity.totals.map((total) => (
          <Text size="xs" key={`${total.kind}-${total.currency}`}>
            {t(`finance:flowKind.${total.kind}`)}: {formatNumber(total.amount)} {total.currency}
          </Text>
        ))}
      </Table.Td>
      <Table.Td miw={240}>
        <Stack gap={4}>
          <Group gap={4}>
            {activity.matchKind ? (
              <Badge color={KIND_COLOR[activity.matchKind]} variant="light">
                {t(`activities.kind.${activity.matchKind}`)}
              </Badge>
            ) : (
              <Badge color="gray" variant="outline">
                {t('activities.kind.none')}
              </Badge>
            )}
            {activity.reviewed && (
              <Badge color="green" variant="dot">
                {t('activities.reviewed')}
              </Badge>
            )}
          </Group>
          {props.canMatch ? (
            <Select
              aria-label={t('activities.matchLabel', { title: activity.title })}
              placeholder={t('activities.noMatch')}
              data={props.items}
              value={activity.matchedItem?.id ?? null}
              onChange={(value) => match.mutate({ id: activity.id, body: { planItemId: value } })}
              searchable
              clearable
              size="xs"
            />
          ) : (
            <Text size="sm">
              {activity.matchedItem ? `${activity.matchedItem.code} ${activity.matchedItem.name}` : '—'}
            </Text>
          )}
          {props.canMatch && activity.matchedItem && !activity.reviewed && (
            <Button
              size="compact-xs"
              variant="light"
              onClick={() =>
                match.mutate({
                  id: activity.id,
                  body: { planItemId: activity.matchedItem?.id ?? null, reviewed: true },
                })
              }
            >
              {t('activities.confirm')}
            </Button>
          )}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );

  return (
    <Stack gap="sm">
      <SegmentedControl
        data={FILTERS.map((value) => ({ value, label: t(`activities.filter.${value}`) }))}
        value={filter}
        onChange={(value) => {
          setFilter(value as (typeof FILTERS)[number]);
          setPage(0);
        }}
        fullWidth
        orientation="horizontal"
        size="xs"
      />
      {match.error && (
        <Text c="red" size="sm">
          {errorMessage(match.error)}
        </Text>
      )}
      {activities.error ? (
        <ErrorAlert error={activities.error} />
      ) : !activities.data ? (
        <PageLoader />
      ) : activities.data.activities.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('activities.none')}
        </Text>
      ) : (
        <>
          <Text size="xs" c="dimmed">
            {t('activities.count', { count: total })}
          </Text>
          <Table.ScrollContainer minWidth={860} {...WIDE_TABLE_SCROLL}>
            <Table verticalSpacing="xs" data-testid="iati-activities">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th style={STICKY_FIRST_CELL}>{t('activities.title')}</Table.Th>
                  <Table.Th>{t('activities.funder')}</Table.Th>
                  <Table.Th>{t('activities.sectors')}</Table.Th>
                  <Table.Th>{t('activities.amounts')}</Table.Th>
                  <Table.Th>{t('activities.match')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>{activities.data.activities.map(row)}</Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {pages > 1 && (
            <Pagination total={pages} value={page + 1} onChange={(value) => setPage(value - 1)} size="sm" />
          )}
        </>
      )}
    </Stack>
  );
}
