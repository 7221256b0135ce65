import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assessApi } from '../../../api/assessments';
import type { Evidence } from '../../../api/assessmentTypes';
import { ConfirmModal } from '../../../app/ConfirmModal';
import { formatDate, formatNumber } from '../../../app/format';
import { useRefreshAssessment } from '../assessQueries';
import { useAssessLabels } from '../useAssessLabels';
import { useErrorText } from '../useErrorText';
import { EvidenceForm } from './EvidenceForm';
import type { ScoringContext } from './scoringContext';

const sizeInKb = (bytes: number) => formatNumber(Math.max(1, Math.round(bytes / 1024)));

/** The sources behind one item's scores, with their documents; the team adds and removes them. */
export function EvidenceSection({
  ctx,
  itemId,
  itemCode,
}: {
  ctx: ScoringContext;
  itemId: string;
  itemCode: string;
}) {
  const { t } = useTranslation('assess');
  const labels = useAssessLabels();
  const errorMessage = useErrorText();
  const refresh = useRefreshAssessment(ctx.slug, ctx.assessmentId);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Evidence | null>(null);
  const entries = ctx.evidence.get(itemId) ?? [];
  const canEdit = ctx.standing.canEditEvidence;
  const remove = useMutation({
    mutationFn: (entry: Evidence) => assessApi.deleteEvidence(ctx.slug, ctx.assessmentId, entry.id),
    onSuccess: async () => {
      setRemoving(null);
      await refresh();
      notifications.show({ color: 'green', message: t('evidence.removed') });
    },
    onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
  });

  return (
    <Stack gap={6} data-testid="evidence">
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={600}>
          {t('evidence.title', { count: entries.length })}
        </Text>
        {canEdit && !adding && (
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => setAdding(true)}
            aria-label={t('evidence.addFor', { code: itemCode })}
          >
            {t('evidence.add')}
          </Button>
        )}
      </Group>
      {entries.map((entry) => (
        <Group key={entry.id} gap="xs" align="flex-start" wrap="nowrap" data-testid="evidence-entry">
          <Badge variant="light" color="gray" style={{ flexShrink: 0 }}>
            {labels.source(entry.sourceType)}
          </Badge>
          <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              <bdi>{entry.description}</bdi>
            </Text>
            {entry.fileName && (
              <Anchor
                href={assessApi.evidenceFileUrl(ctx.slug, ctx.assessmentId, entry.id)}
                download={entry.fileName}
                size="sm"
                style={{ overflowWrap: 'anywhere' }}
              >
                {t('evidence.download', {
                  name: labels.isolate(entry.fileName),
                  size: sizeInKb(entry.fileSize ?? 0),
                })}
              </Anchor>
            )}
            <Text size="xs" c="dimmed">
              {t('evidence.addedBy', {
                name: labels.isolate(entry.addedByName),
                date: formatDate(entry.createdAt),
              })}
            </Text>
          </Stack>
          {canEdit && (
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              onClick={() => setRemoving(entry)}
              aria-label={t('evidence.removeNamed', {
                name: entry.fileName ?? entry.description.slice(0, 40),
              })}
            >
              {t('common.remove')}
            </Button>
          )}
        </Group>
      ))}
      {adding && (
        <EvidenceForm
          slug={ctx.slug}
          assessmentId={ctx.assessmentId}
          itemId={itemId}
          onDone={() => setAdding(false)}
        />
      )}
      <ConfirmModal
        opened={removing !== null}
        title={t('evidence.removeTitle')}
        message={t('evidence.removeMessage', { description: removing?.description ?? '' })}
        confirmLabel={t('common.remove')}
        busy={remove.isPending}
        onConfirm={() => removing && remove.mutate(removing)}
        onClose={() => setRemoving(null)}
      />
    </Stack>
  );
}
