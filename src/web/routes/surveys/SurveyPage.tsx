import { Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { Outlet, useNavigate, useParams, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format';
import { RouterAnchor } from '../../app/RouterLinks';
import { SCROLLING_TAB_LIST } from '../../app/SectionTabs';
import { ErrorAlert, PageLoader } from '../../app/status';
import { useCurrentWorkspace } from '../workspaces/workspaceContext';
import { CollectTabBadge } from './collect/CollectTabBadge';
import { countQuestions } from './form/formNodes';
import { SurveyStatusBadge } from './form/SurveyStatusBadge';
import { useSurveyQuery } from './surveysApi';
import { SURVEY_TABS } from './surveyTabs';

/** One survey: its title, status and counts, and its tabs (each its own address). */
export function SurveyPage() {
  const { t } = useTranslation(['surveys']);
  const { workspace } = useCurrentWorkspace();
  const slug = workspace.slug;
  const { surveyId } = useParams({ strict: false }) as { surveyId: string };
  const survey = useSurveyQuery(slug, surveyId);
  const navigate = useNavigate();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const segment = pathname.split('/').filter(Boolean)[4];
  const current = SURVEY_TABS.find((tab) => tab.key === segment)?.key ?? null;

  if (survey.isPending) return <PageLoader />;
  if (survey.isError) return <ErrorAlert error={survey.error} />;
  const data = survey.data;

  return (
    <Stack gap="sm">
      <RouterAnchor to="/w/$slug/surveys" params={{ slug }} size="sm">
        {t('area.back')}
      </RouterAnchor>
      <Group gap="sm" align="center" wrap="wrap">
        <Title order={1} size="h2" data-testid="survey-title">
          {data.title}
        </Title>
        <SurveyStatusBadge status={data.status} />
      </Group>
      <Text size="sm" c="dimmed" data-testid="survey-counts">
        {t('header.counts', {
          questions: formatNumber(countQuestions(data.form.children)),
          responses: formatNumber(data.submissionCount),
        })}
      </Text>
      <Tabs
        value={current}
        onChange={(value) => {
          const tab = SURVEY_TABS.find((candidate) => candidate.key === value);
          if (tab) void navigate({ to: tab.to, params: { slug, surveyId } });
        }}
      >
        <Tabs.List aria-label={t('tabs.label')} style={SCROLLING_TAB_LIST} data-scroll-container="tabs">
          {SURVEY_TABS.map((tab) => (
            <Tabs.Tab
              key={tab.key}
              value={tab.key}
              data-testid={`survey-tab-${tab.key}`}
              rightSection={
                tab.key === 'collect' ? <CollectTabBadge slug={slug} surveyId={surveyId} /> : undefined
              }
            >
              {t(`tabs.${tab.key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Stack pt="md">
          <Outlet />
        </Stack>
      </Tabs>
    </Stack>
  );
}
