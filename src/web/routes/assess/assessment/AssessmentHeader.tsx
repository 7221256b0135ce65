import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssessmentDetail } from '../../../api/assessmentTypes';
import { formatDate, formatList } from '../../../app/format';
import { RouterAnchor } from '../../../app/RouterLinks';
import { BaselineBadge, StatusBadge } from '../AssessBadges';
import { useAssessLabels } from '../useAssessLabels';
import { ReportLinks } from './ReportLinks';
import type { Standing } from './standing';
import { WorkflowActions } from './WorkflowActions';

interface AssessmentHeaderProps {
  slug: string;
  detail: AssessmentDetail;
  standing: Standing;
}

export function AssessmentHeader({ slug, detail, standing }: AssessmentHeaderProps) {
  const { t } = useTranslation('assess');
  const labels = useAssessLabels();
  const { assessment, team, myTeamRole } = detail;

  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <RouterAnchor to="/w/$slug/assess" params={{ slug }} size="sm">
          {t('page.back')}
        </RouterAnchor>
        <Group gap="sm" align="center">
          <Title order={2} size="h3">
            <bdi>{assessment.title}</bdi>
          </Title>
          <StatusBadge status={assessment.status} />
          {assessment.isBaseline && <BaselineBadge />}
        </Group>
        <Text size="sm">
          <bdi>{labels.text(assessment.framework.name)}</bdi>{' '}
          <Text span size="xs" c="dimmed">
            {t('page.version', { version: assessment.framework.version })}
          </Text>
        </Text>
        <Text size="sm" c="dimmed">
          {t('page.summary', {
            scope: labels.scope(assessment.scope),
            side: labels.side(assessment.leadSide),
            updated: formatDate(assessment.updatedAt),
          })}
        </Text>
        <Text size="sm">
          <Text span fw={600}>
            {t('page.team')}{' '}
          </Text>
          {formatList(
            team.map((member) =>
              t('page.teamMember', {
                name: labels.isolate(member.name),
                role: labels.teamRole(member.teamRole),
                side: labels.side(member.side),
              }),
            ),
          )}
        </Text>
        {myTeamRole && (
          <Text size="sm" c="indigo" data-testid="my-team-role">
            {t('page.yourRole', { role: labels.teamRole(myTeamRole) })}
          </Text>
        )}
        <Group justify="space-between" align="flex-start" gap="sm">
          <WorkflowActions slug={slug} assessment={assessment} standing={standing} />
          <ReportLinks slug={slug} assessmentId={assessment.id} />
        </Group>
      </Stack>
    </Paper>
  );
}
