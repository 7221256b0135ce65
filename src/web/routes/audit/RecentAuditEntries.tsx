import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, queryKeys } from '../../api/endpoints';
import { ErrorAlert, PageLoader } from '../../app/status';
import { AuditTable } from './AuditTable';

const RECENT_COUNT = 10;

export function RecentAuditEntries({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: [...queryKeys.audit(slug), 'recent'],
    queryFn: () => api.listAudit(slug, {}, undefined, RECENT_COUNT),
  });
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  if (query.data.entries.length === 0) return <Text c="dimmed">{t('audit.noEntries')}</Text>;
  return <AuditTable entries={query.data.entries.slice(0, RECENT_COUNT)} />;
}
