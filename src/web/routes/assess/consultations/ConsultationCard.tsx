import { Badge, Button, Group, Paper, Spoiler, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Assessment, Consultation } from '../../../api/assessmentTypes';
import { formatDate } from '../../../app/format';
import { useAssessLabels } from '../useAssessLabels';
import { LinkedItemLabel } from './LinkedItemLabel';

interface ConsultationCardProps {
  slug: string;
  consultation: Consultation;
  assessments: Map<string, Assessment>;
  canWrite: boolean;
  onEdit: () => void;
  onDelete: () => void;
}

export function ConsultationCard(props: ConsultationCardProps) {
  const { slug, consultation, assessments, canWrite } = props;
  const { t } = useTranslation('assess');
  const labels = useAssessLabels();
  const { totals, womenShare } = consultation;

  return (
    <Paper withBorder radius="md" p="sm" data-testid="consultation-card">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" align="flex-start">
          <div>
            <Text fw={700}>
              <bdi>{consultation.place}</bdi>
            </Text>
            <Text size="sm" c="dimmed">
              {formatDate(consultation.heldOn)} · {labels.format(consultation.format)}
            </Text>
          </div>
          {canWrite && (
            <Group gap={4}>
              <Button
                size="compact-sm"
                variant="default"
                onClick={props.onEdit}
                aria-label={t('consultations.editNamed', { place: consultation.place })}
              >
                {t('common.edit')}
              </Button>
              <Button
                size="compact-sm"
                variant="subtle"
                color="red"
                onClick={props.onDelete}
                aria-label={t('consultations.deleteNamed', { place: consultation.place })}
              >
                {t('common.delete')}
              </Button>
            </Group>
          )}
        </Group>
        <Text size="sm">
          {t('consultations.participantSummary', {
            all: totals.all,
            women: totals.women,
            men: totals.men,
            other: totals.other,
            share: womenShare === null ? '—' : Math.round(womenShare * 100),
          })}
        </Text>
        {consultation.participants.length > 0 && (
          <Text size="xs" c="dimmed">
            {consultation.participants
              .map(
                (group) =>
                  `${labels.stakeholder(group.stakeholderType)}: ${group.women + group.men + group.other}`,
              )
              .join(' · ')}
          </Text>
        )}
        <Group gap={4}>
          {consultation.topics.map((topic) => (
            <Badge key={topic} variant="light" color="grape" style={{ textTransform: 'none' }}>
              {topic}
            </Badge>
          ))}
        </Group>
        <Spoiler maxHeight={66} showLabel={t('consultations.more')} hideLabel={t('consultations.less')}>
          <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
            {consultation.findings}
          </Text>
        </Spoiler>
        {consultation.linkedItems.length > 0 && (
          <Stack gap={2}>
            <Text size="xs" fw={600}>
              {t('consultations.informs')}
            </Text>
            {consultation.linkedItems.map((link) => (
              <LinkedItemLabel
                key={`${link.assessmentId}/${link.itemId}`}
                slug={slug}
                assessment={assessments.get(link.assessmentId)}
                itemId={link.itemId}
              />
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
