import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actorKey } from '../../../core/sector-map/import-cells';
import { type Actor, type ActorInput, sectorMapApi } from '../../api/sectorMap';
import { ErrorAlert, PageLoader } from '../../app/status';
import { useCurrentWorkspace } from '../workspaces/workspaceContext';
import { ActorForm } from './ActorForm';
import { ActorTable } from './ActorTable';
import { DeleteActorModal } from './DeleteActorModal';
import { useActorsQuery, useRefreshSectorMap } from './sectorMapQueries';
import { useSectorLabels } from './useSectorLabels';

type Editing = { mode: 'create' } | { mode: 'edit'; actor: Actor } | null;

export function RegistryPage() {
  const { t } = useTranslation();
  const labels = useSectorLabels();
  const { workspace, can } = useCurrentWorkspace();
  const slug = workspace.slug;
  const canWrite = can('sector-map:write');
  const actors = useActorsQuery(slug);
  const refresh = useRefreshSectorMap(slug);
  const [search, setSearch] = useState('');
  const [category, setCategory] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Actor | null>(null);

  const save = useMutation({
    mutationFn: (input: ActorInput) =>
      editing?.mode === 'edit'
        ? sectorMapApi.updateActor(slug, editing.actor.id, input)
        : sectorMapApi.createActor(slug, input),
    onSuccess: async () => {
      const created = editing?.mode === 'create';
      setEditing(null);
      await refresh();
      notifications.show({ color: 'green', message: t(created ? 'map.actor.created' : 'map.actor.updated') });
    },
  });

  const all = actors.data?.actors ?? [];
  const parentNames = useMemo(
    () => new Map(all.map((actor) => [actor.id, labels.actorName(actor)])),
    [all, labels.actorName],
  );
  const needle = actorKey(search);
  const shown = all.filter(
    (actor) =>
      (!category || actor.category === category) &&
      (!needle ||
        [actor.name, actor.acronym ?? '', ...Object.values(actor.nameTranslations)].some((text) =>
          actorKey(text ?? '').includes(needle),
        )),
  );
  const open = (next: Editing) => {
    save.reset();
    setEditing(next);
  };

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm" role="search" aria-label={t('map.registry.filters')}>
        <TextInput
          label={t('map.registry.search')}
          placeholder={t('map.registry.searchPlaceholder')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={{ base: '100%', xs: 260 }}
          type="search"
        />
        <Select
          label={t('map.actor.category')}
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
          <Button onClick={() => open({ mode: 'create' })} data-testid="add-actor">
            {t('map.registry.add')}
          </Button>
        )}
      </Group>
      {actors.isPending && <PageLoader />}
      {actors.isError && <ErrorAlert error={actors.error} />}
      {actors.isSuccess && (
        <>
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="actor-count">
            {t('map.registry.shown', { shown: shown.length, total: all.length })}
          </Text>
          {all.length === 0 ? (
            <Text c="dimmed">{t('map.registry.empty')}</Text>
          ) : (
            <ActorTable
              slug={slug}
              actors={shown}
              parentNames={parentNames}
              canWrite={canWrite}
              onEdit={(actor) => open({ mode: 'edit', actor })}
              onDelete={setDeleting}
            />
          )}
        </>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={t(editing?.mode === 'edit' ? 'map.actor.editTitle' : 'map.actor.addTitle')}
        size="xl"
      >
        {editing && (
          <ActorForm
            initial={editing.mode === 'edit' ? editing.actor : undefined}
            actors={all}
            submitLabel={t(editing.mode === 'edit' ? 'common.save' : 'map.registry.add')}
            busy={save.isPending}
            error={save.error}
            onSubmit={(input) => save.mutate(input)}
            onCancel={() => setEditing(null)}
          />
        )}
      </Modal>
      <DeleteActorModal slug={slug} actor={deleting} onClose={() => setDeleting(null)} />
    </Stack>
  );
}
