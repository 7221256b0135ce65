import { Accordion, Alert, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group as FrameworkGroup } from '../../../../core/frameworks/types';
import type { AssessmentDetail } from '../../../api/assessmentTypes';
import type { Standing } from '../assessment/standing';
import { useAssessLabels } from '../useAssessLabels';
import { ItemScoringCard } from './ItemScoringCard';
import { groupBy, type ScoringContext } from './scoringContext';

interface ScoringPanelProps {
  slug: string;
  detail: AssessmentDetail;
  userId: string;
  standing: Standing;
}

const itemsUnder = (group: FrameworkGroup): string[] => [
  ...group.items.map((item) => item.id),
  ...(group.groups ?? []).flatMap(itemsUnder),
];

function GroupItems({ ctx, group, nested }: { ctx: ScoringContext; group: FrameworkGroup; nested: boolean }) {
  const labels = useAssessLabels();
  return (
    <Stack gap="sm">
      {nested && (
        <Title order={4} size="h5">
          {group.code} <bdi>{labels.text(group.name)}</bdi>
        </Title>
      )}
      {group.description && (
        <Text size="sm" c="dimmed">
          <bdi>{labels.text(group.description)}</bdi>
        </Text>
      )}
      {group.items.map((item) => (
        <ItemScoringCard key={item.id} ctx={ctx} item={item} />
      ))}
      {(group.groups ?? []).map((child) => (
        <GroupItems key={child.id} ctx={ctx} group={child} nested />
      ))}
    </Stack>
  );
}

/** The framework's groups (one open at a time is enough to work in), each with its items to score. */
export function ScoringPanel({ slug, detail, userId, standing }: ScoringPanelProps) {
  const { t } = useTranslation('assess');
  const labels = useAssessLabels();
  const ctx = useMemo<ScoringContext>(
    () => ({
      slug,
      assessmentId: detail.assessment.id,
      framework: detail.framework,
      standing,
      mine: new Map(
        detail.answers
          .filter((answer) => answer.assessorId === userId)
          .map((answer) => [answer.itemId, answer]),
      ),
      others: groupBy(
        detail.answers.filter((answer) => answer.assessorId !== userId),
        (answer) => answer.itemId,
      ),
      evidence: groupBy(detail.evidence, (entry) => entry.itemId),
      names: new Map(detail.team.map((member) => [member.userId, member.name])),
    }),
    [slug, detail, userId, standing],
  );
  const answered = (group: FrameworkGroup) =>
    itemsUnder(group).filter((itemId) =>
      standing.canScore ? ctx.mine.has(itemId) : ctx.mine.has(itemId) || ctx.others.has(itemId),
    ).length;

  return (
    <Stack gap="sm">
      {standing.scoringNote && (
        <Alert color="blue" data-testid="scoring-note">
          {t(`scoring.note.${standing.scoringNote}`)}
        </Alert>
      )}
      <Text size="sm" c="dimmed">
        {t(standing.canScore ? 'scoring.introAssessor' : 'scoring.introReader')}
      </Text>
      <Accordion
        multiple
        defaultValue={detail.framework.groups.slice(0, 1).map((group) => group.id)}
        variant="separated"
      >
        {detail.framework.groups.map((group) => (
          <Accordion.Item key={group.id} value={group.id} data-testid={`group-${group.id}`}>
            <Accordion.Control>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text size="sm" fw={600}>
                  {group.code} <bdi>{labels.text(group.name)}</bdi>
                </Text>
                <Badge variant="light" color="gray" style={{ flexShrink: 0 }}>
                  {t('scoring.progress', { done: answered(group), total: itemsUnder(group).length })}
                </Badge>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <GroupItems ctx={ctx} group={group} nested={false} />
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Stack>
  );
}
