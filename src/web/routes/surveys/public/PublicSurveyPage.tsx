import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyForm } from '../../../../core/survey/types';
import type { collectRouteDefs } from '../../../../server/modules/surveys/collect-routes';
import type { ResponseOf } from '../../../api/contract';
import { PublicLayout } from '../../../app/PublicLayout';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { FillForm, newDraft } from '../collect/FillForm';
import { fetchJson, loadFormToFill } from '../collect/formSource';
import type { Draft } from '../collect/offlineStore';
import { collectStore } from '../collect/outboxSender';
import { publicScope, useCollectLists, useOnline } from '../collect/useCollectLists';
import { ConnectionBadge, WaitingPanel } from '../collect/WaitingPanel';
import { formLanguageFor } from '../renderer/formText';
import { startingAnswers } from '../renderer/runtimeView';

type PublicForm = ResponseOf<typeof collectRouteDefs.publicForm>;

const publicPath = (slug: string, token: string) =>
  `/api/public/${encodeURIComponent(slug)}/surveys/${encodeURIComponent(token)}`;

/** A survey filled through its public link, without an account; works offline once opened. */
export function PublicSurveyPage({ slug, token }: { slug: string; token: string }) {
  const { t, i18n } = useTranslation('surveyCollect');
  const scope = publicScope(slug, token);
  const query = useQuery({
    queryKey: ['surveys', slug, 'public', token],
    queryFn: () => loadFormToFill(scope, fetchJson<PublicForm>(publicPath(slug, token))),
    networkMode: 'always',
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    retry: false,
  });
  const loaded = query.data;
  return (
    <PublicLayout>
      <Stack gap="md">
        {query.isPending && <PageLoader />}
        {query.isError && <ErrorAlert error={query.error} title={t('public.notFound')} />}
        {loaded && (
          <>
            <Title order={1} size="h2" data-testid="public-survey-title">
              {loaded.title}
            </Title>
            <PublicFill
              scope={scope}
              postPath={`${publicPath(slug, token)}/submissions`}
              form={loaded.form}
              today={loaded.today}
              language={formLanguageFor(loaded.form, i18n.language)}
            />
          </>
        )}
      </Stack>
    </PublicLayout>
  );
}

function PublicFill(props: {
  scope: string;
  postPath: string;
  form: SurveyForm;
  today: string;
  language: string;
}) {
  const { scope, postPath, form, today, language } = props;
  const { t } = useTranslation('surveyCollect');
  const { drafts, outbox, loaded } = useCollectLists(scope);
  const online = useOnline();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [finished, setFinished] = useState(false);

  // a respondent who left mid-way finds their answers again
  useEffect(() => {
    if (!loaded || draft || finished) return;
    const start = drafts[0] ?? newDraft(scope, startingAnswers(form, today));
    setDraft(start);
    if (!drafts[0]) void collectStore.putDraft(start).catch(() => undefined);
  }, [loaded, draft, finished, drafts, scope, form, today]);

  const unsent = outbox.length;
  // a response the server refused (link replaced, survey closed) is shown with its reason, never lost quietly
  const refused = outbox.filter((item) => item.refused);
  return (
    <Stack gap="md">
      {(!online || unsent > 0) && <ConnectionBadge online={online} />}
      {refused.length > 0 && (
        <WaitingPanel
          outbox={refused}
          drafts={[]}
          online={online}
          activeDraftId={null}
          onResume={() => undefined}
        />
      )}
      {finished ? (
        <Alert color="teal" data-testid="public-thanks">
          <Stack gap="sm">
            <Text>{unsent > 0 ? t('public.thanksOffline') : t('public.thanks')}</Text>
            <Button
              variant="light"
              style={{ alignSelf: 'flex-start' }}
              onClick={() => {
                setDraft(null);
                setFinished(false);
              }}
            >
              {t('public.again')}
            </Button>
          </Stack>
        </Alert>
      ) : (
        draft && (
          <FillForm
            key={draft.id}
            form={form}
            today={today}
            language={language}
            draft={draft}
            postPath={postPath}
            canSaveAndClose={false}
            onClose={() => {
              setFinished(true);
              window.scrollTo({ top: 0 });
            }}
          />
        )
      )}
    </Stack>
  );
}
