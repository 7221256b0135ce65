import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type RelationSort, searchRelations, sortRelations } from '../../../core/sector-map/relation-order';
import { type Relation, type RelationInput, sectorMapApi } from '../../api/sectorMap';
import { ConfirmModal } from '../../app/ConfirmModal';
import { errorText } from '../../app/errors';
import { ErrorAlert, PageLoader } from '../../app/status';
import { useCurrentWorkspace } from '../workspaces/workspaceContext';
import { RelationForm } from './RelationForm';
import { RelationTable } from './RelationTable';
import { useActorsQuery, useRefreshSectorMap, useRelationsQuery } from './sectorMapQueries';
import { useSectorLabels } from './useSectorLabels';

type Editing = { mode: 'create' } | { mode: 'edit'; relation: Relation } | null;

export function RelationsPage() {
  const { t, i18n } = useTranslation();
  const { t: tLayout } = useTranslation('layout');
  const labels = useSectorLabels();
  const { workspace, can } = useCurrentWorkspace();
  const slug = workspace.slug;
  const canWrite = can('sector-map:write');
  const relations = useRelationsQuery(slug);
  const actors = useActorsQuery(slug);
  const refresh = useRefreshSectorMap(slug);
  const [type, setType] = useState<string | null>(null);
  const [category, setCategory] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<RelationSort>({ key: 'source', direction: 'asc' });
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Relation | null>(null);

  const save = useMutation({
    mutationFn: (input: RelationInput) =>
      editing?.mode === 'edit'
        ? sectorMapApi.updateRelation(slug, editing.relation.id, input)
        : sectorMapApi.createRelation(slug, input),
    onSuccess: async () => {
      const created = editing?.mode === 'create';
      setEditing(null);
      await refresh();
      notifications.show({
        color: 'green',
        message: t(created ? 'map.relation.created' : 'map.relation.updated'),
      });
    },
  });
  const remove = useMutation({
    mutationFn: (relation: Relation) => sectorMapApi.deleteRelation(slug, relation.id),
    onSuccess: async () => {
      setDeleting(null);
      await refresh();
      notifications.show({ color: 'green', message: t('map.relation.deleted') });
    },
    onError: (error) => notifications.show({ color: 'red', message: errorText(error, t) }),
  });

  const all = relations.data?.relations ?? [];
  const shown = sortRelations(
    searchRelations(all, search).filter(
      (relation) =>
        (!type || relation.type === type) &&
        (!category || relation.source.category === category || relation.target.category === category),
    ),
    sort,
    (relation, key) =>
      key === 'type' ? labels.relationType(relation.type) : labels.actorName(relation[key]),
    i18n.language,
  );
  const open = (next: Editing) => {
    save.reset();
    setEditing(next);
  };

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm" role="search" aria-label={t('map.relation.filters')}>
        <TextInput
          type="search"
          label={tLayout('relations.search')}
          placeholder={tLayout('relations.searchPlaceholder')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={{ base: '100%', xs: 240 }}
          data-testid="relation-search"
        />
        <Select
          label={t('map.relation.type')}
          placeholder={t('map.relation.anyType')}
          data={labels.relationTypeOptions()}
          value={type}
          onChange={setType}
          clearable
          w={{ base: '100%', xs: 220 }}
        />
        <Select
          label={t('map.relation.category')}
          placeholder={t('map.registry.anyCategory')}
          data={labels.categoryOptions()}
          value={category}
          onChange={setCategory}
          clearable
          searchable
          nothingFoundMessage={t('common.noMatch')}
          w={{ base: '100%', xs: 260 }}
        />
        {canWrite && (
          <Button onClick={() => open({ mode: 'create' })} disabled={!actors.data} data-testid="add-relation">
            {t('map.relation.add')}
          </Button>
        )}
      </Group>
      {relations.isPending && <PageLoader />}
      {relations.isError && <ErrorAlert error={relations.error} />}
      {relations.isSuccess && (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('map.relation.shown', { shown: shown.length, total: all.length })}
          </Text>
          {all.length === 0 ? (
            <Text c="dimmed">{t('map.relation.empty')}</Text>
          ) : (
            <RelationTable
              relations={shown}
              sort={sort}
              onSort={setSort}
              canWrite={canWrite}
              onEdit={(relation) => open({ mode: 'edit', relation })}
              onDelete={setDeleting}
            />
          )}
        </>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={t(editing?.mode === 'edit' ? 'map.relation.editTitle' : 'map.relation.addTitle')}
        size="xl"
      >
        {editing && (
          <RelationForm
            initial={editing.mode === 'edit' ? editing.relation : undefined}
            actors={actors.data?.actors ?? []}
            submitLabel={t(editing.mode === 'edit' ? 'common.save' : 'map.relation.add')}
            busy={save.isPending}
            error={save.error}
            onSubmit={(input) => save.mutate(input)}
            onCancel={() => setEditing(null)}
          />
        )}
      </Modal>
      <ConfirmModal
        opened={deleting !== null}
        title={t('map.relation.deleteTitle')}
        message={
          deleting
            ? t('map.relation.deleteConfirm', {
                type: labels.relationType(deleting.type),
                source: labels.actorName(deleting.source),
                target: labels.actorName(deleting.target),
              })
            : ''
        }
        confirmLabel={t('common.delete')}
        busy={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}
