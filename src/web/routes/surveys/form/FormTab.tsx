import { Alert, Divider, Group, Loader, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { useCurrentWorkspace } from '../../workspaces/workspaceContext';
import { useCanDesignSurveys, useSurveyQuery } from '../surveysApi';
import { FormIssuesList } from './FormIssuesList';
import { LibraryPanel } from './LibraryPanel';
import { PublicLinkPanel } from './PublicLinkPanel';
import { QuestionList } from './QuestionList';
import { SurveySettings } from './SurveySettings';

// the renderer (and the expression evaluator it runs) loads only when the preview is asked for
const SurveyFormPreview = lazy(() =>
  import('../renderer/SurveyFormPreview').then((module) => ({ default: module.SurveyFormPreview })),
);

/** The survey's form as respondents see it, its import warnings, and (for designers) its settings. */
export function FormTab() {
  const { t } = useTranslation(['surveys']);
  const { workspace } = useCurrentWorkspace();
  const slug = workspace.slug;
  const { surveyId } = useParams({ strict: false }) as { surveyId: string };
  const canDesign = useCanDesignSurveys();
  const survey = useSurveyQuery(slug, surveyId);
  const [view, setView] = useState<'list' | 'preview'>('list');
  if (survey.isPending) return <PageLoader />;
  if (survey.isError) return <ErrorAlert error={survey.error} />;
  const data = survey.data;
  const warnings = data.formIssues.filter((issue) => issue.severity === 'warning');

  return (
    <Stack gap="lg">
      {canDesign && <SurveySettings slug={slug} survey={data} />}
      {warnings.length > 0 && (
        <Alert color="yellow" title={t('formTab.warnings', { number: warnings.length })}>
          <Stack gap="xs">
            <Text size="sm">{t('formTab.warningsIntro')}</Text>
            <FormIssuesList issues={warnings} testId="form-warnings" />
          </Stack>
        </Alert>
      )}
      <Stack gap="xs">
        <Group justify="space-between" align="center" wrap="wrap">
          <Title order={2} size="h4">
            {t('formTab.questions')}
          </Title>
          <SegmentedControl
            size="xs"
            value={view}
            onChange={(value) => setView(value as 'list' | 'preview')}
            data={[
              { value: 'list', label: t('formTab.list') },
              { value: 'preview', label: t('formTab.preview') },
            ]}
            data-testid="form-view"
          />
        </Group>
        {data.form.children.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="form-empty">
            {t('formTab.empty')}
          </Text>
        ) : view === 'list' ? (
          <QuestionList form={data.form} />
        ) : (
          <Suspense fallback={<Loader size="sm" />}>
            <SurveyFormPreview form={data.form} />
          </Suspense>
        )}
      </Stack>
      {canDesign && (
        <>
          <Divider />
          <LibraryPanel slug={slug} survey={data} />
          <Divider />
          <PublicLinkPanel slug={slug} survey={data} />
        </>
      )}
    </Stack>
  );
}
