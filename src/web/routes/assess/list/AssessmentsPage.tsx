import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assessApi } from '../../../api/assessments';
import type { NewAssessmentInput } from '../../../api/assessmentTypes';
import { useMe } from '../../../api/queries';
import { ErrorAlert, PageLoader } from '../../../app/status';
import {
  useActorsQuery,
  useAssessmentsQuery,
  useFrameworksQuery,
  useMembersQuery,
  useRefreshAssess,
} from '../assessQueries';
import { useAssessLabels } from '../useAssessLabels';
import { useAssessPermissions } from '../useAssessPermissions';
import { AssessmentTable } from './AssessmentTable';
import { NewAssessmentForm } from './NewAssessmentForm';

export function AssessmentsPage() {
  const { t } = useTranslation('assess');
  const labels = useAssessLabels();
  const { slug, canManage } = useAssessPermissions();
  const navigate = useNavigate();
  const me = useMe();
  const assessments = useAssessmentsQuery(slug);
  const frameworks = useFrameworksQuery(slug);
  const actors = useActorsQuery(slug);
  const members = useMembersQuery(slug);
  const refresh = useRefreshAssess(slug);
  const [creating, setCreating] = useState(false);
  const narrow = useMediaQuery('(max-width: 48em)');

  const create = useMutation({
    mutationFn: (input: NewAssessmentInput) => assessApi.createAssessment(slug, input),
    onSuccess: async ({ assessment }) => {
      setCreating(false);
      await refresh();
      notifications.show({ color: 'green', message: t('list.created') });
      await navigate({
        to: '/w/$slug/assess/$assessmentId',
        params: { slug, assessmentId: assessment.id },
        search: {},
      });
    },
  });

  const { actorName } = labels;
  const actorNames = useMemo(
    () => new Map((actors.data?.actors ?? []).map((actor) => [actor.id, actorName(actor)])),
    [actors.data, actorName],
  );
  const formReady = frameworks.data && members.data && actors.data && assessments.data && me.data;

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="center">
        <Text size="sm" c="dimmed" aria-live="polite">
          {assessments.data ? t('list.count', { count: assessments.data.assessments.length }) : ''}
        </Text>
        {canManage && (
          <Button
            onClick={() => {
              create.reset();
              setCreating(true);
            }}
            disabled={!formReady}
            data-testid="new-assessment"
          >
            {t('list.new')}
          </Button>
        )}
      </Group>
      {assessments.isPending && <PageLoader />}
      {assessments.isError && <ErrorAlert error={assessments.error} />}
      {assessments.data &&
        (assessments.data.assessments.length === 0 ? (
          <Text c="dimmed">{t('list.empty')}</Text>
        ) : (
          <AssessmentTable slug={slug} assessments={assessments.data.assessments} actorNames={actorNames} />
        ))}
      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('list.newTitle')}
        size="xl"
        fullScreen={narrow}
      >
        {formReady && (
          <NewAssessmentForm
            frameworks={frameworks.data.frameworks}
            assessments={assessments.data.assessments}
            actors={actors.data.actors}
            members={members.data.members}
            currentUserId={me.data.user.id}
            busy={create.isPending}
            error={create.error}
            onSubmit={(input) => create.mutate(input)}
            onCancel={() => setCreating(false)}
          />
        )}
      </Modal>
    </Stack>
  );
}
