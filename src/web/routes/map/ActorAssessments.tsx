import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RouterAnchor } from '../../app/RouterLinks';
import { StatusBadge } from '../assess/AssessBadges';
import { useAssessmentsQuery } from '../assess/assessQueries';

/** The assessments whose scope names this actor, newest first, each linking to its page. */
export function ActorAssessments({ slug, actorId }: { slug: string; actorId: string }) {
  const { t } = useTranslation('assess');
  const query = useAssessmentsQuery(slug);
  const assessments = (query.data?.assessments ?? []).filter(
    (assessment) => assessment.scope === 'actors' && assessment.scopeActorIds.includes(actorId),
  );
  return (
    <Stack gap={4} data-testid="actor-assessments">
      <Title order={3} size="h5">
        {t('actorAssessments.title')}
      </Title>
      {query.isSuccess && assessments.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('actorAssessments.none')}
        </Text>
      )}
      {assessments.map((assessment) => (
        <Group key={assessment.id} gap={6} wrap="wrap">
          <RouterAnchor
            to="/w/$slug/assess/$assessmentId"
            params={{ slug, assessmentId: assessment.id }}
            size="sm"
          >
            {assessment.title}
          </RouterAnchor>
          <StatusBadge status={assessment.status} />
        </Group>
      ))}
    </Stack>
  );
}
