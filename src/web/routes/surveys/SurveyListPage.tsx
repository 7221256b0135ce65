import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../../app/format';
import { RouterAnchor } from '../../app/RouterLinks';
import { ErrorAlert, PageLoader } from '../../app/status';
import { useCurrentWorkspace } from '../workspaces/workspaceContext';
import { NewSurveyModal } from './form/NewSurveyModal';
import { SurveyStatusBadge } from './form/SurveyStatusBadge';
import { UploadFormModal } from './form/UploadFormModal';
import { useCanDesignSurveys, useSurveysQuery } from './surveysApi';

/** The workspace's surveys with their status, languages and counts; new and imported forms. */
export function SurveyListPage() {
  const { t } = useTranslation(['surveys']);
  const { workspace } = useCurrentWorkspace();
  const slug = workspace.slug;
  const canDesign = useCanDesignSurveys();
  const surveys = useSurveysQuery(slug);
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<'new' | 'import' | null>(null);
  const openForm = (surveyId: string) =>
    void navigate({ to: '/w/$slug/surveys/$surveyId/form', params: { slug, surveyId } });

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={2} maw={760}>
          <Title order={1} size="h2">
            {t('area.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('area.intro')}
          </Text>
        </Stack>
        {canDesign && (
          <Group gap="xs">
            <Button onClick={() => setDialog('new')} data-testid="surveys-new">
              {t('list.new')}
            </Button>
            <Button variant="light" onClick={() => setDialog('import')} data-testid="surveys-import">
              {t('list.import')}
            </Button>
          </Group>
        )}
      </Group>
      {surveys.isPending && <PageLoader />}
      {surveys.isError && <ErrorAlert error={surveys.error} />}
      {surveys.data && surveys.data.surveys.length === 0 && <Text size="sm">{t('list.empty')}</Text>}
      {surveys.data && surveys.data.surveys.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table striped verticalSpacing={6} data-testid="surveys-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('list.survey')}</Table.Th>
                <Table.Th>{t('list.status')}</Table.Th>
                <Table.Th>{t('list.languages')}</Table.Th>
                <Table.Th ta="end">{t('list.questions')}</Table.Th>
                <Table.Th ta="end">{t('list.responses')}</Table.Th>
                <Table.Th>{t('list.lastResponse')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {surveys.data.surveys.map((survey) => (
                <Table.Tr key={survey.id}>
                  <Table.Td>
                    <RouterAnchor
                      to="/w/$slug/surveys/$surveyId/form"
                      params={{ slug, surveyId: survey.id }}
                      size="sm"
                      fw={500}
                    >
                      {survey.title}
                    </RouterAnchor>
                  </Table.Td>
                  <Table.Td>
                    <SurveyStatusBadge status={survey.status} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{survey.languages.join(', ') || '—'}</Text>
                  </Table.Td>
                  <Table.Td ta="end">{formatNumber(survey.questionCount)}</Table.Td>
                  <Table.Td ta="end">{formatNumber(survey.submissionCount)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {survey.lastSubmissionAt ? formatDateTime(survey.lastSubmissionAt) : '—'}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <NewSurveyModal
        slug={slug}
        opened={dialog === 'new'}
        onClose={() => setDialog(null)}
        onCreated={(survey) => openForm(survey.id)}
      />
      <UploadFormModal
        slug={slug}
        opened={dialog === 'import'}
        onClose={() => setDialog(null)}
        onDone={({ survey }) => openForm(survey.id)}
      />
    </Stack>
  );
}
