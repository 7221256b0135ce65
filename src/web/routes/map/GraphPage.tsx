import {
  Chip,
  CloseButton,
  type ComboboxParsedItem,
  Grid,
  Group,
  Paper,
  Select,
  Stack,
  Text,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORY_GROUPS } from '../../../core/sector-map/categories';
import { actorKey } from '../../../core/sector-map/import-cells';
import { RELATION_TYPES } from '../../../core/sector-map/relations';
import { type GraphNode, sectorMapApi, sectorMapKeys } from '../../api/sectorMap';
import { ErrorAlert, PageLoader } from '../../app/status';
import { useCurrentWorkspace } from '../workspaces/workspaceContext';
import { ActorProfileView } from './ActorProfileView';
import { GraphLegend } from './GraphLegend';
import { type GraphLayout, LAYOUTS } from './graphStyle';
import { useSectorLabels } from './useSectorLabels';

const SectorGraph = lazy(() => import('./SectorGraph'));

export function GraphPage() {
  const { t } = useTranslation();
  const { t: tLayout } = useTranslation('layout');
  const labels = useSectorLabels();
  const { workspace } = useCurrentWorkspace();
  const slug = workspace.slug;
  const graph = useQuery({ queryKey: sectorMapKeys.graph(slug), queryFn: () => sectorMapApi.graph(slug) });
  const [layout, setLayout] = useState<GraphLayout>('cose');
  const [groups, setGroups] = useState<string[]>([...CATEGORY_GROUPS]);
  const [types, setTypes] = useState<string[]>([...RELATION_TYPES]);
  const [selected, setSelected] = useState<string | null>(null);

  const nodes = useMemo(
    () => (graph.data?.nodes ?? []).filter((node) => groups.includes(node.group)),
    [graph.data, groups],
  );
  const edges = useMemo(
    () => (graph.data?.edges ?? []).filter((edge) => types.includes(edge.type)),
    [graph.data, types],
  );
  const { actorName } = labels;
  const labelOf = useCallback((node: GraphNode) => node.acronym || actorName(node), [actorName]);
  // Find an actor by any of its names or its acronym, whatever the interface language.
  const searchTextOf = useMemo(
    () =>
      new Map(
        nodes.map((node) => [
          node.id,
          actorKey([node.name, node.acronym ?? '', ...Object.values(node.nameTranslations)].join(' ')),
        ]),
      ),
    [nodes],
  );
  const findFilter = ({ options, search }: { options: ComboboxParsedItem[]; search: string }) =>
    options.filter(
      (option) => 'value' in option && searchTextOf.get(option.value)?.includes(actorKey(search)),
    );

  if (graph.isPending) return <PageLoader />;
  if (graph.isError) return <ErrorAlert error={graph.error} />;
  if (graph.data.nodes.length === 0) return <Text c="dimmed">{t('map.graph.empty')}</Text>;

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm">
        <Select
          label={t('map.graph.findActor')}
          placeholder={t('map.graph.findActorPlaceholder')}
          data={nodes.map((node) => ({
            value: node.id,
            label: node.acronym ? `${actorName(node)} (${node.acronym})` : actorName(node),
          }))}
          filter={findFilter}
          value={selected}
          onChange={setSelected}
          searchable
          clearable
          nothingFoundMessage={t('common.noMatch')}
          w={{ base: '100%', xs: 300 }}
          data-testid="graph-find-actor"
        />
        <Select
          label={t('map.graph.layout')}
          data={LAYOUTS.map((value) => ({ value, label: t(`map.graph.layouts.${value}`) }))}
          value={layout}
          onChange={(value) => value && setLayout(value as GraphLayout)}
          allowDeselect={false}
          w={{ base: '100%', xs: 200 }}
        />
      </Group>
      <Chip.Group multiple value={groups} onChange={setGroups}>
        <Group gap={6} role="group" aria-label={t('map.graph.showGroups')}>
          {CATEGORY_GROUPS.map((group) => (
            <Chip key={group} value={group} size="xs">
              {labels.group(group)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <Chip.Group multiple value={types} onChange={setTypes}>
        <Group gap={6} role="group" aria-label={t('map.graph.showTypes')}>
          {RELATION_TYPES.map((type) => (
            <Chip key={type} value={type} size="xs" color="gray">
              {labels.relationType(type)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, md: selected ? 8 : 12 }}>
          <Suspense fallback={<PageLoader />}>
            <SectorGraph
              nodes={nodes}
              edges={edges}
              layout={layout}
              selectedId={selected}
              labelOf={labelOf}
              onSelect={setSelected}
              label={t('map.graph.label', { actors: nodes.length, relations: edges.length })}
            />
          </Suspense>
        </Grid.Col>
        {selected && (
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Paper
              withBorder
              p="sm"
              radius="md"
              component="aside"
              aria-label={t('map.profile.title')}
              data-testid="graph-panel"
            >
              <Group justify="flex-end">
                <CloseButton aria-label={t('map.graph.closePanel')} onClick={() => setSelected(null)} />
              </Group>
              <ActorProfileView
                key={selected}
                slug={slug}
                actorId={selected}
                compact
                onSelectActor={setSelected}
              />
            </Paper>
          </Grid.Col>
        )}
      </Grid>
      <Text size="xs" c="dimmed" data-testid="graph-zoom-hint">
        {tLayout('graph.zoomHint')}
      </Text>
      <GraphLegend />
    </Stack>
  );
}
