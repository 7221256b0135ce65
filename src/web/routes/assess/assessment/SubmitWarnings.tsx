import { Alert, Group, List, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { assessApi, assessKeys } from '../../../api/assessments';
import { useAssessLabels } from '../useAssessLabels';
import { useErrorText } from '../useErrorText';

interface SubmitWarningsProps {
  slug: string;
  assessmentId: string;
}

/**
 * What the team should know before submitting, as the server reckons it: items nobody answered
 * and a missing reviewer. Neither stops the submission.
 */
export function SubmitWarnings({ slug, assessmentId }: SubmitWarningsProps) {
  const { t } = useTranslation('assess');
  const labels = useAssessLabels();
  const errorMessage = useErrorText();
  const readiness = useQuery({
    queryKey: assessKeys.submitReadiness(slug, assessmentId),
    queryFn: () => assessApi.submitReadiness(slug, assessmentId),
    staleTime: 0,
  });

  if (readiness.isPending) {
    return (
      <Group gap="xs">
        <Loader size="xs" />
        <Text size="sm" c="dimmed">
          {t('workflow.confirm.submit.checking')}
        </Text>
      </Group>
    );
  }
  if (readiness.isError) {
    return (
      <Alert color="gray" data-testid="submit-readiness-error">
        {t('workflow.confirm.submit.checkFailed', { reason: errorMessage(readiness.error) })}
      </Alert>
    );
  }

  const { unanswered, unansweredCount, hasReviewer } = readiness.data;
  const unnamed = unansweredCount - unanswered.length;
  if (unansweredCount === 0 && hasReviewer) {
    return (
      <Text size="sm" c="green.8" data-testid="submit-ready">
        {t('workflow.confirm.submit.ready')}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      {unansweredCount > 0 && (
        <Alert color="yellow" title={t('workflow.confirm.submit.unanswered', { count: unansweredCount })}>
          <List size="sm" spacing={2} data-testid="unanswered-items">
            {unanswered.map((item) => (
              <List.Item key={item.itemId}>
                <Text span fw={700} size="sm">
                  {item.code}
                </Text>{' '}
                <bdi>{labels.text(item.text)}</bdi>
              </List.Item>
            ))}
          </List>
          {unnamed > 0 && (
            <Text size="sm" mt={4}>
              {t('workflow.confirm.submit.andMore', { count: unnamed })}
            </Text>
          )}
        </Alert>
      )}
      {!hasReviewer && (
        <Alert color="yellow" data-testid="no-reviewer">
          {t('workflow.confirm.submit.noReviewer')}
        </Alert>
      )}
    </Stack>
  );
}
