import { Alert, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { collectRouteDefs } from '../../../../server/modules/surveys/collect-routes';
import type { ResponseOf } from '../../../api/contract';
import { ErrorAlert, NoAccessAlert, PageLoader } from '../../../app/status';
import { useCurrentWorkspace } from '../../workspaces/workspaceContext';
import { formLanguageFor } from '../renderer/formText';
import { CollectSession } from './CollectSession';
import { fetchJson, loadFormToFill } from './formSource';
import { enumeratorScope, useWaitingCount } from './useCollectLists';

type CollectForm = ResponseOf<typeof collectRouteDefs.collect>;

const surveyPath = (slug: string, surveyId: string) =>
  `/api/workspaces/${encodeURIComponent(slug)}/surveys/${encodeURIComponent(surveyId)}`;

/** The enumerator's Collect tab: fill responses on this device, online or not, and see what waits. */
export function CollectTab() {
  const { t, i18n } = useTranslation('surveyCollect');
  const { workspace, permissions } = useCurrentWorkspace();
  const { surveyId } = useParams({ strict: false }) as { surveyId: string };
  const slug = workspace.slug;
  const scope = enumeratorScope(slug, surveyId);
  const canCollect = permissions.includes('survey:collect');
  const query = useQuery({
    queryKey: ['surveys', slug, 'collect', surveyId],
    queryFn: () => loadFormToFill(scope, fetchJson<CollectForm>(`${surveyPath(slug, surveyId)}/collect`)),
    enabled: canCollect,
    // the device's copy answers while offline: the query must run without a connection
    networkMode: 'always',
    staleTime: 5 * 60_000,
    refetchOnWindowFocus: false,
    retry: false,
  });

  useRefreshCountsWhenSent(slug, surveyId);

  if (!canCollect) return <NoAccessAlert />;
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} title={t('notFound')} />;
  const loaded = query.data;
  return (
    <Stack gap="md" data-testid="collect-tab">
      <Text c="dimmed" size="sm">
        {t('intro')}
      </Text>
      {loaded.savedAt && (
        <Alert color="orange" data-testid="offline-copy">
          {t('offlineCopy', { date: new Date(loaded.savedAt).toLocaleString(i18n.language) })}
        </Alert>
      )}
      <CollectSession
        scope={scope}
        postPath={`${surveyPath(slug, surveyId)}/submissions`}
        form={loaded.form}
        today={loaded.today}
        language={formLanguageFor(loaded.form, i18n.language)}
        open={loaded.status === 'open'}
      />
    </Stack>
  );
}

/** The survey's response counts (header, list) are refreshed when responses leave the outbox. */
function useRefreshCountsWhenSent(slug: string, surveyId: string) {
  const client = useQueryClient();
  const waiting = useWaitingCount(slug, surveyId);
  const before = useRef(waiting);
  useEffect(() => {
    if (waiting < before.current) {
      void client.invalidateQueries({ queryKey: ['surveys', slug, 'detail', surveyId] });
      void client.invalidateQueries({ queryKey: ['surveys', slug, 'list'] });
    }
    before.current = waiting;
  }, [client, slug, surveyId, waiting]);
}
