import { Button, Center, Group, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, queryKeys } from '../../api/endpoints';
import type { AuditFilters } from '../../api/types';
import { ErrorAlert, NoAccessAlert, PageLoader } from '../../app/status';
import { useCurrentWorkspace } from '../workspaces/workspaceContext';
import { AuditFiltersForm } from './AuditFiltersForm';
import { AuditTable } from './AuditTable';
import { DownloadCheckpoint } from './DownloadCheckpoint';
import { VerifyChain } from './VerifyChain';

const PAGE_SIZE = 50;

export function AuditPage() {
  const { t } = useTranslation();
  const { workspace, can } = useCurrentWorkspace();
  const [filters, setFilters] = useState<AuditFilters>({});
  const appliedFilters: AuditFilters = { ...filters, action: filters.action || undefined };

  const audit = useInfiniteQuery({
    queryKey: [...queryKeys.audit(workspace.slug), 'log', appliedFilters],
    queryFn: ({ pageParam }) => api.listAudit(workspace.slug, appliedFilters, pageParam, PAGE_SIZE),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (lastPage) => lastPage.nextBefore ?? undefined,
    placeholderData: keepPreviousData,
    enabled: can('audit:read'),
  });

  if (!can('audit:read')) return <NoAccessAlert />;

  const entries = audit.data?.pages.flatMap((page) => page.entries) ?? [];
  const references = Object.assign({}, ...(audit.data?.pages.map((page) => page.references) ?? []));

  return (
    <Stack maw={1200}>
      <Title order={1} size="h2">
        {t('audit.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('audit.intro')}
      </Text>
      <VerifyChain slug={workspace.slug} />
      {can('workspace:update') && <DownloadCheckpoint slug={workspace.slug} />}
      <AuditFiltersForm
        slug={workspace.slug}
        canListMembers={can('member:read')}
        value={filters}
        onChange={setFilters}
      />
      {audit.isPending && <PageLoader />}
      {audit.isError && <ErrorAlert error={audit.error} />}
      {audit.isSuccess && entries.length === 0 && <Text c="dimmed">{t('audit.noMatchingEntries')}</Text>}
      {entries.length > 0 && <AuditTable entries={entries} references={references} />}
      {audit.hasNextPage && (
        <Center>
          <Button
            variant="default"
            onClick={() => void audit.fetchNextPage()}
            loading={audit.isFetchingNextPage}
          >
            {t('audit.loadMore')}
          </Button>
        </Center>
      )}
      {audit.isFetching && !audit.isFetchingNextPage && !audit.isPending && (
        <Group justify="center">
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('common.updating')}
          </Text>
        </Group>
      )}
    </Stack>
  );
}
