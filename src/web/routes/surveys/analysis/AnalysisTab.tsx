import { Alert, Button, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { useCurrentWorkspace } from '../../workspaces/workspaceContext';
import { useCanDesignSurveys, useSurveyQuery } from '../surveysApi';
import { type EstimatesAnswer, useEstimatesQuery } from './analysisApi';
import { DesignEditor } from './DesignEditor';
import { EstimateGroupTable } from './EstimateGroupTable';
import { groupEstimates } from './estimateGroups';
import { PublishModal } from './PublishModal';

/**
 * The survey's estimates under its sample design: each with its standard error, 95 % interval, design
 * effect and effective sample size; the design editor and publishing to an indicator for designers.
 */
export function AnalysisTab() {
  const { t } = useTranslation(['surveys']);
  const { workspace, permissions } = useCurrentWorkspace();
  const slug = workspace.slug;
  const { surveyId } = useParams({ strict: false }) as { surveyId: string };
  const canDesign = useCanDesignSurveys();
  const canPublish = canDesign && permissions.includes('data-values:write');
  const survey = useSurveyQuery(slug, surveyId);
  const estimates = useEstimatesQuery(slug, surveyId);
  const [publishing, setPublishing] = useState(false);

  if (survey.isPending) return <PageLoader />;
  if (survey.isError) return <ErrorAlert error={survey.error} />;

  return (
    <Stack gap="lg">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Title order={2} size="h4">
            {t('results.title')}
          </Title>
          {canPublish && (
            <Button size="xs" variant="light" onClick={() => setPublishing(true)} data-testid="publish-open">
              {t('publish.button')}
            </Button>
          )}
        </Group>
        {estimates.isPending && <PageLoader />}
        {estimates.isError && <ErrorAlert error={estimates.error} />}
        {estimates.data && <Results answer={estimates.data} survey={survey.data} />}
      </Stack>
      {canDesign && (
        <>
          <Divider />
          <DesignEditor slug={slug} survey={survey.data} />
        </>
      )}
      {canPublish && (
        <PublishModal
          slug={slug}
          survey={survey.data}
          opened={publishing}
          onClose={() => setPublishing(false)}
        />
      )}
    </Stack>
  );
}

function Results({
  answer,
  survey,
}: {
  answer: EstimatesAnswer;
  survey: NonNullable<ReturnType<typeof useSurveyQuery>['data']>;
}) {
  const { t, i18n } = useTranslation(['surveys']);
  const whole = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 });
  const groups = groupEstimates(answer.estimates);
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed" data-testid="analysis-sample">
        {t('results.sample', {
          respondents: whole.format(answer.sample.respondents),
          strata: whole.format(answer.sample.strata),
          psus: whole.format(answer.sample.psus),
          weightTotal: whole.format(answer.sample.weightTotal),
        })}
      </Text>
      {answer.problem && (
        <Alert color={answer.problem.code === 'no_design' ? 'blue' : 'orange'} data-testid="analysis-problem">
          {t(`problems.${answer.problem.code}`, {
            ...answer.problem.params,
            defaultValue: answer.problem.message,
          })}
        </Alert>
      )}
      {answer.repeatQuestions.length > 0 && (
        <Text size="xs" c="dimmed">
          {t('results.repeatQuestions', { names: answer.repeatQuestions.join(', ') })}
        </Text>
      )}
      {!answer.problem && groups.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('results.none')}
        </Text>
      )}
      {groups.map((group, index) => (
        <EstimateGroupTable key={group.key} group={group} form={survey.form} index={index} />
      ))}
      <Text size="xs" c="dimmed">
        {t('results.method')}
      </Text>
    </Stack>
  );
}
