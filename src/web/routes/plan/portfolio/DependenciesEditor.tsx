import {
  Alert,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DependencyType } from '../../../../core/planning/portfolio';
import { type PlanDependency, type PlanItem, plansApi } from '../../../api/plans';
import { WHOLE_BADGE_STYLES } from '../../../app/wideLayout';
import { useErrorText } from '../../assess/useErrorText';
import { useInvalidatePlans } from '../planQueries';
import { compareCodes } from './itemTree';

interface DependenciesEditorProps {
  slug: string;
  planId: string;
  activity: PlanItem;
  items: PlanItem[];
  dependencies: PlanDependency[];
  canWrite: boolean;
}

/**
 * What an activity waits for (its predecessors, finish-to-start or start-to-start, with a lag in months)
 * and what waits for it. The server refuses a link that would close a cycle and says which.
 */
export function DependenciesEditor(props: DependenciesEditorProps) {
  const { slug, planId, activity, items, dependencies, canWrite } = props;
  const { t } = useTranslation('portfolio');
  const errorMessage = useErrorText();
  const invalidate = useInvalidatePlans(slug);
  const [predecessorId, setPredecessorId] = useState<string | null>(null);
  const [type, setType] = useState<DependencyType>('FS');
  const [lag, setLag] = useState<number>(0);

  const byId = new Map(items.map((item) => [item.id, item]));
  const predecessors = dependencies.filter((dependency) => dependency.successorId === activity.id);
  const successors = dependencies.filter((dependency) => dependency.predecessorId === activity.id);
  const linked = new Set(predecessors.map((dependency) => dependency.predecessorId));
  const candidates = items
    .filter((item) => item.kind === 'activity' && item.id !== activity.id && !linked.has(item.id))
    .sort((a, b) => compareCodes(a.code, b.code))
    .map((item) => ({ value: item.id, label: `${item.code} · ${item.name}` }));

  const add = useMutation({
    mutationFn: () =>
      plansApi.createDependency(slug, planId, {
        predecessorId: predecessorId ?? '',
        successorId: activity.id,
        type,
        lag,
      }),
    onSuccess: async () => {
      setPredecessorId(null);
      setLag(0);
      await invalidate();
    },
  });
  const remove = useMutation({
    mutationFn: (dependencyId: string) => plansApi.removeDependency(slug, planId, dependencyId),
    onSuccess: () => invalidate(),
  });

  const describe = (dependency: PlanDependency, other: PlanItem | undefined, side: 'pred' | 'succ') => {
    const code = other ? `${other.code} · ${other.name}` : t('deps.unknown');
    const key = `deps.${side}${dependency.type}${dependency.lag > 0 ? 'Lag' : ''}`;
    return t(key, { item: `\u2068${code}\u2069`, count: dependency.lag });
  };

  const row = (dependency: PlanDependency, otherId: string, side: 'pred' | 'succ') => (
    <Group key={dependency.id} justify="space-between" wrap="nowrap" gap="xs" data-testid="dependency-row">
      <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
        <Badge variant="light" size="sm" styles={WHOLE_BADGE_STYLES} style={{ flexShrink: 0 }}>
          {t(`deps.type${dependency.type}`)}
        </Badge>
        <Text size="sm" style={{ minWidth: 0 }}>
          {describe(dependency, byId.get(otherId), side)}
        </Text>
      </Group>
      {canWrite && (
        <Button
          size="compact-xs"
          variant="subtle"
          color="red"
          loading={remove.isPending && remove.variables === dependency.id}
          onClick={() => remove.mutate(dependency.id)}
          aria-label={t('deps.removeNamed', { item: byId.get(otherId)?.code ?? '' })}
        >
          {t('form.delete')}
        </Button>
      )}
    </Group>
  );

  return (
    <Stack gap="md" data-testid="dependencies-editor">
      <Text size="sm" c="dimmed">
        {t('deps.help')}
      </Text>
      {remove.isError && (
        <Alert color="red" role="alert">
          {errorMessage(remove.error)}
        </Alert>
      )}
      <Stack gap="xs">
        <Text fw={600} size="sm">
          {t('deps.predecessors')}
        </Text>
        {predecessors.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('deps.noPredecessors')}
          </Text>
        ) : (
          predecessors.map((dependency) => row(dependency, dependency.predecessorId, 'pred'))
        )}
      </Stack>
      <Stack gap="xs">
        <Text fw={600} size="sm">
          {t('deps.successors')}
        </Text>
        {successors.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('deps.noSuccessors')}
          </Text>
        ) : (
          successors.map((dependency) => row(dependency, dependency.successorId, 'succ'))
        )}
      </Stack>
      {canWrite && (
        <Paper withBorder p="sm">
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (predecessorId) add.mutate();
            }}
          >
            <Stack gap="sm">
              <Text fw={600} size="sm">
                {t('deps.add')}
              </Text>
              {add.isError && (
                <Alert color="red" role="alert" data-testid="dependency-error">
                  {errorMessage(add.error)}
                </Alert>
              )}
              <Select
                label={t('deps.predecessor')}
                data={candidates}
                value={predecessorId}
                onChange={setPredecessorId}
                searchable
                nothingFoundMessage={t('deps.noCandidates')}
                data-testid="dependency-predecessor"
              />
              <Group align="flex-end" gap="sm">
                <Stack gap={4}>
                  <Text size="sm" fw={500}>
                    {t('deps.type')}
                  </Text>
                  <SegmentedControl
                    value={type}
                    onChange={(value) => setType(value as DependencyType)}
                    data={[
                      { value: 'FS', label: t('deps.typeFS') },
                      { value: 'SS', label: t('deps.typeSS') },
                    ]}
                  />
                </Stack>
                <NumberInput
                  label={t('deps.lag')}
                  value={lag}
                  onChange={(value) => setLag(Math.max(0, Math.min(120, Math.round(Number(value) || 0))))}
                  min={0}
                  max={120}
                  allowDecimal={false}
                  w={120}
                />
                <Button
                  type="submit"
                  disabled={!predecessorId}
                  loading={add.isPending}
                  data-testid="dependency-add"
                >
                  {t('deps.addButton')}
                </Button>
              </Group>
              <Text size="xs" c="dimmed">
                {type === 'FS' ? t('deps.explainFS') : t('deps.explainSS')}
              </Text>
            </Stack>
          </form>
        </Paper>
      )}
    </Stack>
  );
}
