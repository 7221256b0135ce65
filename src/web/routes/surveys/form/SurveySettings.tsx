import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../app/ConfirmModal';
import { ErrorAlert } from '../../../app/status';
import {
  SURVEY_STATUSES,
  type Survey,
  type SurveyStatus,
  surveysApi,
  useSurveyMutation,
} from '../surveysApi';
import { UploadFormModal } from './UploadFormModal';

/** Status (draft, open, closed), replacing the form from a file, and deleting the survey. */
export function SurveySettings({ slug, survey }: { slug: string; survey: Survey }) {
  const { t } = useTranslation(['surveys']);
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<'replace' | 'delete' | null>(null);
  const setStatus = useSurveyMutation(slug, (status: SurveyStatus) =>
    surveysApi.update(slug, survey, { status }),
  );
  const remove = useSurveyMutation(slug, () => surveysApi.remove(slug, survey));

  return (
    <Stack gap="xs">
      <Group gap="sm" align="center" wrap="wrap">
        <Text size="sm" fw={500}>
          {t('formTab.status')}
        </Text>
        <SegmentedControl
          size="xs"
          value={survey.status}
          onChange={(value) => setStatus.mutate(value as SurveyStatus)}
          disabled={setStatus.isPending}
          data={SURVEY_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
          data-testid="survey-status-control"
        />
      </Group>
      <Text size="xs" c="dimmed">
        {t(`statusHelp.${survey.status}`)}
      </Text>
      {setStatus.isError && <ErrorAlert error={setStatus.error} />}
      <Group gap="xs">
        <Button size="xs" variant="light" onClick={() => setDialog('replace')} data-testid="form-replace">
          {t('formTab.replace')}
        </Button>
        <Button size="xs" variant="light" color="red" onClick={() => setDialog('delete')}>
          {t('formTab.delete')}
        </Button>
      </Group>
      {remove.isError && <ErrorAlert error={remove.error} />}
      <UploadFormModal
        slug={slug}
        surveyId={survey.id}
        opened={dialog === 'replace'}
        onClose={() => setDialog(null)}
        onDone={() => setDialog(null)}
      />
      <ConfirmModal
        opened={dialog === 'delete'}
        title={t('formTab.deleteTitle')}
        message={t('formTab.deleteMessage', { title: survey.title, responses: survey.submissionCount })}
        confirmLabel={t('formTab.delete')}
        busy={remove.isPending}
        onClose={() => setDialog(null)}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => void navigate({ to: '/w/$slug/surveys', params: { slug } }),
          })
        }
      />
    </Stack>
  );
}
