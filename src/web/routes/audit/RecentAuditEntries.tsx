import { Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, queryKeys } from '../../api/endpoints';
import { formatDateTime } from '../../app/format';
import { ErrorAlert, PageLoader } from '../../app/status';
import { useAuditWords } from './useAuditWords';

const RECENT_COUNT = 10;
const NO_REFERENCES = {};

/** The latest entries of the log as sentences, for the workspace home. */
export function RecentAuditEntries({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: [...queryKeys.audit(slug), 'recent'],
    queryFn: () => api.listAudit(slug, {}, undefined, RECENT_COUNT),
  });
  const words = useAuditWords(query.data?.references ?? NO_REFERENCES);
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  if (query.data.entries.length === 0) return <Text c="dimmed">{t('audit.noEntries')}</Text>;
  return (
    <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="recent-audit">
      {query.data.entries.slice(0, RECENT_COUNT).map((entry) => (
        <Text key={entry.id} component="li" size="sm" data-testid="audit-sentence">
          <Text span size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {formatDateTime(entry.createdAt)}
          </Text>{' '}
          {words.sentence(entry)}
        </Text>
      ))}
    </Stack>
  );
}
