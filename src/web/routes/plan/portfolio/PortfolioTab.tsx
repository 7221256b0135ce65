import { Alert, Button, Divider, Group, Modal, Stack, Tabs, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemKind } from '../../../../core/planning/portfolio';
import { type NewPlanItem, type PlanItem, type PlanItemInput, plansApi } from '../../../api/plans';
import { ConfirmModal } from '../../../app/ConfirmModal';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { useErrorText } from '../../assess/useErrorText';
import { useReviewFlags } from '../../monitoring/review/useReviewFlags';
import { useInvalidatePlans, usePlanDetailQuery, usePlanPermissions } from '../planQueries';
import { DependenciesEditor } from './DependenciesEditor';
import { ItemForm } from './ItemForm';
import { ItemTable } from './ItemTable';
import { descendantIds } from './itemTree';
import { useActorsQuery, useNeedsQuery } from './portfolioQueries';
import { ResourcesPanel } from './ResourcesPanel';
import { usePlanLabels } from './usePlanLabels';

type Editing =
  | { mode: 'edit'; item: PlanItem }
  | { mode: 'new'; kind: ItemKind; parentId: string | null; code: string }
  | null;

/** The reform portfolio: programmes → projects → activities, their links and the resources they draw on. */
export function PortfolioTab({ slug, planId }: { slug: string; planId: string }) {
  const { t } = useTranslation('portfolio');
  const labels = usePlanLabels();
  const errorMessage = useErrorText();
  const { canWrite } = usePlanPermissions();
  const detail = usePlanDetailQuery(slug, planId);
  const actors = useActorsQuery(slug);
  const needs = useNeedsQuery(slug);
  const invalidate = useInvalidatePlans(slug);
  const reviewFlags = useReviewFlags(slug, planId);
  const narrow = useMediaQuery('(max-width: 48em)');
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<PlanItem | null>(null);
  const [section, setSection] = useState<string | null>('details');

  const save = useMutation({
    mutationFn: (input: PlanItemInput) =>
      editing?.mode === 'edit'
        ? plansApi.updateItem(slug, planId, editing.item.id, input)
        : plansApi.createItem(slug, planId, input as NewPlanItem), // the form requires kind, code and name
    onSuccess: async ({ item }) => {
      await invalidate();
      notifications.show({ color: 'green', message: t('item.saved', { code: item.code }) });
      // a new activity stays open on its links, since it usually needs some
      if (editing?.mode === 'new' && item.kind === 'activity') {
        setEditing({ mode: 'edit', item });
        setSection('dependencies');
      } else setEditing(null);
    },
  });
  const remove = useMutation({
    mutationFn: (item: PlanItem) => plansApi.removeItem(slug, planId, item.id),
    onSuccess: async () => {
      setDeleting(null);
      await invalidate();
      notifications.show({ color: 'green', message: t('item.deleted') });
    },
    onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
  });

  if (detail.isPending) return <PageLoader />;
  if (detail.isError) return <ErrorAlert error={detail.error} />;
  const { plan, items, dependencies, resources } = detail.data;
  const actorList = (actors.data?.actors ?? [])
    .map((actor) => ({ id: actor.id, name: labels.actorName(actor) }))
    .sort((a, b) => a.name.localeCompare(b.name, labels.lang));
  const actorNames = new Map(actorList.map((actor) => [actor.id, actor.name]));
  // the edited item as it is now (after a save, the query has the fresh copy)
  const current =
    editing?.mode === 'edit' ? (items.find((item) => item.id === editing.item.id) ?? editing.item) : null;

  const open = (next: Editing) => {
    save.reset();
    setSection('details');
    setEditing(next);
  };
  const nextCode = (parent: PlanItem | null) => {
    const siblings = items.filter((item) => item.parentId === (parent?.id ?? null));
    return parent ? `${parent.code}.${siblings.length + 1}` : `P${siblings.length + 1}`;
  };

  const form = editing && (
    <ItemForm
      key={editing.mode === 'edit' ? editing.item.id : `new-${editing.kind}-${editing.parentId}`}
      item={current}
      initialKind={editing.mode === 'new' ? editing.kind : (current?.kind ?? 'activity')}
      initialParentId={editing.mode === 'new' ? editing.parentId : (current?.parentId ?? null)}
      suggestedCode={editing.mode === 'new' ? editing.code : ''}
      items={items}
      resources={resources}
      actors={actorList}
      needs={needs.data?.needs ?? []}
      startMonth={plan.startMonth}
      horizonMonths={plan.horizonMonths}
      readOnly={!canWrite}
      busy={save.isPending}
      error={save.error}
      onSubmit={(input) => save.mutate(input)}
      onCancel={() => setEditing(null)}
    />
  );
  const deletingBelow = deleting ? descendantIds(items, deleting.id).length : 0;

  return (
    <Stack gap="lg">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <Title order={3} size="h4">
            {t('portfolio.title')}
          </Title>
          {canWrite && (
            <Button
              onClick={() => open({ mode: 'new', kind: 'programme', parentId: null, code: nextCode(null) })}
              data-testid="add-programme"
            >
              {t('portfolio.addProgramme')}
            </Button>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t('portfolio.help')}
        </Text>
        {!canWrite && (
          <Alert color="gray" variant="light">
            {t('portfolio.readOnly')}
          </Alert>
        )}
        {(actors.isError || needs.isError) && (
          <Alert color="yellow" variant="light">
            {t('portfolio.partialData')}
          </Alert>
        )}
        {items.length === 0 ? (
          <Text c="dimmed" data-testid="portfolio-empty">
            {canWrite ? t('portfolio.emptyWrite') : t('portfolio.empty')}
          </Text>
        ) : (
          <ItemTable
            items={items}
            startMonth={plan.startMonth}
            actorNames={actorNames}
            canWrite={canWrite}
            onOpen={(item) => open({ mode: 'edit', item })}
            onAddChild={(parent, kind) =>
              open({ mode: 'new', kind, parentId: parent.id, code: nextCode(parent) })
            }
            onDelete={setDeleting}
            review={{ slug, flags: reviewFlags }}
          />
        )}
      </Stack>
      <Divider />
      <ResourcesPanel
        slug={slug}
        planId={planId}
        startMonth={plan.startMonth}
        resources={resources}
        actors={actorList}
        canWrite={canWrite}
      />
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={
          editing?.mode === 'new'
            ? t(`item.new.${editing.kind}`)
            : current
              ? `${current.code} · ${current.name}`
              : ''
        }
        size="xl"
        fullScreen={narrow}
      >
        {current?.kind === 'activity' ? (
          <Tabs value={section} onChange={setSection} keepMounted={false}>
            <Tabs.List mb="md">
              <Tabs.Tab value="details">{t('item.details')}</Tabs.Tab>
              <Tabs.Tab value="dependencies" data-testid="item-dependencies-tab">
                {t('deps.title', {
                  count: dependencies.filter(
                    (d) => d.successorId === current.id || d.predecessorId === current.id,
                  ).length,
                })}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="details">{form}</Tabs.Panel>
            <Tabs.Panel value="dependencies">
              <DependenciesEditor
                slug={slug}
                planId={planId}
                activity={current}
                items={items}
                dependencies={dependencies}
                canWrite={canWrite}
              />
            </Tabs.Panel>
          </Tabs>
        ) : (
          form
        )}
      </Modal>
      <ConfirmModal
        opened={deleting !== null}
        title={t('item.deleteTitle')}
        message={
          deletingBelow > 0
            ? t('item.deleteMessageChildren', { name: deleting?.code ?? '', count: deletingBelow })
            : t('item.deleteMessage', { name: deleting?.code ?? '' })
        }
        confirmLabel={t('form.delete')}
        busy={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}
