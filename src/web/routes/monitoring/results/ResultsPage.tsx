import { Alert, Badge, Button, Card, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RESULT_LEVELS } from '../../../../core/indicators/types';
import { ConfirmModal } from '../../../app/ConfirmModal';
import { RouterAnchor } from '../../../app/RouterLinks';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { useCurrentWorkspace } from '../../workspaces/workspaceContext';
import { useCanConfigureMonitoring } from '../indicators/indicatorQueries';
import { localName, useInvalidateMonitoring } from '../setup/monitoringMetadataQueries';
import { ResultForm } from './ResultForm';
import { type MonitoringResult, resultsApi, useResultsChainQuery } from './resultsQueries';

const LEVEL_COLORS: Record<MonitoringResult['level'], string> = {
  impact: 'grape',
  outcome: 'indigo',
  output: 'teal',
  activity: 'gray',
};

type Editing = { result: MonitoringResult | null; parent: MonitoringResult | null };

/** The results chain as an indented tree, each result with its plan items, criteria and indicators. */
export function ResultsPage() {
  const { t } = useTranslation(['monitoringResults']);
  const { workspace } = useCurrentWorkspace();
  const slug = workspace.slug;
  const canEdit = useCanConfigureMonitoring();
  const chain = useResultsChainQuery(slug);
  const invalidate = useInvalidateMonitoring(slug);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deleting, setDeleting] = useState<MonitoringResult | null>(null);
  const remove = useMutation({
    mutationFn: (result: MonitoringResult) => resultsApi.remove(slug, result.id),
    onSuccess: async () => {
      setDeleting(null);
      await invalidate();
      notifications.show({ color: 'green', message: t('deleted') });
    },
  });

  if (chain.isPending) return <PageLoader />;
  if (chain.isError) return <ErrorAlert error={chain.error} />;
  const { results, warnings } = chain.data;
  const below = (result: MonitoringResult) => results.filter((r) => r.parentId === result.id).length;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed" maw={720}>
          {t('intro')}
        </Text>
        {canEdit && <Button onClick={() => setEditing({ result: null, parent: null })}>{t('add')}</Button>}
      </Group>
      {warnings.map((warning) => (
        <Alert key={warning.key} color="orange" title={t(`warnings.${warning.key}.title`)}>
          {t(`warnings.${warning.key}.text`)}
        </Alert>
      ))}
      {results.length === 0 && (
        <Text size="sm" c="dimmed">
          {canEdit ? t('emptyWriter') : t('emptyReader')}
        </Text>
      )}
      <Stack gap="xs" role="tree" aria-label={t('treeLabel')}>
        {results.map((result) => (
          <ResultCard
            key={result.id}
            slug={slug}
            result={result}
            canEdit={canEdit}
            canAddBelow={result.level !== RESULT_LEVELS[RESULT_LEVELS.length - 1]}
            onAddBelow={() => setEditing({ result: null, parent: result })}
            onEdit={() => setEditing({ result, parent: null })}
            onDelete={() => setDeleting(result)}
          />
        ))}
      </Stack>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.result ? t('edit') : t('add')}
        size="lg"
      >
        {editing && (
          <ResultForm
            slug={slug}
            result={editing.result}
            parentId={editing.parent?.id ?? editing.result?.parentId ?? null}
            results={results}
            onDone={() => setEditing(null)}
          />
        )}
      </Modal>
      <ConfirmModal
        opened={deleting !== null}
        title={t('delete')}
        message={
          deleting
            ? below(deleting) > 0
              ? t('deleteConfirmChildren', { name: `${deleting.code} ${deleting.title}` })
              : t('deleteConfirm', { name: `${deleting.code} ${deleting.title}` })
            : ''
        }
        confirmLabel={t('delete')}
        busy={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}

function ResultCard(props: {
  slug: string;
  result: MonitoringResult;
  canEdit: boolean;
  canAddBelow: boolean;
  onAddBelow: () => void;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t, i18n } = useTranslation(['monitoringResults', 'monitoringIndicators']);
  const { result, slug } = props;
  return (
    <Card
      withBorder
      padding="sm"
      role="treeitem"
      aria-level={result.depth + 1}
      ms={`calc(${Math.min(result.depth, 3)} * var(--mantine-spacing-lg))`}
      style={{
        borderInlineStartWidth: 4,
        borderInlineStartColor: `var(--mantine-color-${LEVEL_COLORS[result.level]}-5)`,
      }}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Group gap="xs" wrap="wrap">
            <Badge color={LEVEL_COLORS[result.level]} variant="light">
              {t(`level.${result.level}`)}
            </Badge>
            <Text fw={600}>
              <span dir="ltr">{result.code}</span> {result.title}
            </Text>
          </Group>
          {props.canEdit && (
            <Group gap={4}>
              {props.canAddBelow && (
                <Button size="compact-xs" variant="subtle" onClick={props.onAddBelow}>
                  {t('addBelow')}
                </Button>
              )}
              <Button size="compact-xs" variant="subtle" onClick={props.onEdit}>
                {t('edit')}
              </Button>
              <Button size="compact-xs" variant="subtle" color="red" onClick={props.onDelete}>
                {t('delete')}
              </Button>
            </Group>
          )}
        </Group>
        {result.description && (
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
            {result.description}
          </Text>
        )}
        {result.planItems.length > 0 && (
          <Group gap={6} wrap="wrap">
            <Text size="xs" fw={500}>
              {t('planItems')}
            </Text>
            {result.planItems.map((item) => (
              <RouterAnchor
                key={item.id}
                size="xs"
                to="/w/$slug/plan/$planId"
                params={{ slug, planId: item.planId }}
                search={{ tab: 'portfolio' }}
              >
                {item.code} {item.name}
              </RouterAnchor>
            ))}
          </Group>
        )}
        {result.assessmentItems.length > 0 && (
          <Group gap={6} wrap="wrap">
            <Text size="xs" fw={500}>
              {t('criteria')}
            </Text>
            {result.assessmentItems.map((item) => (
              <Badge key={`${item.frameworkId}/${item.itemId}`} variant="outline" color="gray" tt="none">
                {item.label
                  ? `${item.code ?? ''} ${item.label}`.trim()
                  : t('criterionGone', { id: item.itemId })}
              </Badge>
            ))}
          </Group>
        )}
        {result.indicators.length > 0 && (
          <Group gap={6} wrap="wrap">
            <Text size="xs" fw={500}>
              {t('indicators')}
            </Text>
            {result.indicators.map((indicator) => (
              <RouterAnchor
                key={indicator.id}
                size="xs"
                to="/w/$slug/monitor/indicators/$indicatorId"
                params={{ slug, indicatorId: indicator.id }}
              >
                {localName(indicator, i18n.language)} · {t(`monitoringIndicators:level.${indicator.level}`)}
              </RouterAnchor>
            ))}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
