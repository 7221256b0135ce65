import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assessApi, assessKeys } from '../../../api/assessments';
import type { Need, NeedInput, NeedStatus } from '../../../api/assessmentTypes';
import { ConfirmModal } from '../../../app/ConfirmModal';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { useActorsQuery, useAssessmentsQuery, useRefreshAssess } from '../assessQueries';
import { useAssessLabels } from '../useAssessLabels';
import { useAssessPermissions } from '../useAssessPermissions';
import { useErrorText } from '../useErrorText';
import { NeedsTable } from './NeedsTable';
import { NewNeedForm } from './NewNeedForm';

/** The programme's needs: drawn from assessment gaps or added by hand, prioritised and tracked. */
export function NeedsPage() {
  const { t } = useTranslation('assess');
  const labels = useAssessLabels();
  const errorMessage = useErrorText();
  const { slug, canManage } = useAssessPermissions();
  const [status, setStatus] = useState<string | null>(null);
  const needs = useQuery({
    queryKey: [...assessKeys.needs(slug), status ?? 'all'],
    queryFn: () => assessApi.listNeeds(slug, (status as NeedStatus | null) ?? undefined),
  });
  const actors = useActorsQuery(slug);
  const assessments = useAssessmentsQuery(slug);
  const refresh = useRefreshAssess(slug);
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<Need | null>(null);

  const create = useMutation({
    mutationFn: (input: NeedInput) => assessApi.createNeed(slug, input),
    onSuccess: async () => {
      setAdding(false);
      await refresh();
      notifications.show({ color: 'green', message: t('needs.created') });
    },
  });
  const update = useMutation({
    mutationFn: ({ need, patch }: { need: Need; patch: Partial<NeedInput> }) =>
      assessApi.updateNeed(slug, need.id, patch),
    onSuccess: () => refresh(),
    onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
  });
  const remove = useMutation({
    mutationFn: (need: Need) => assessApi.deleteNeed(slug, need.id),
    onSuccess: async () => {
      setDeleting(null);
      await refresh();
      notifications.show({ color: 'green', message: t('needs.deleted') });
    },
    onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
  });

  const actorList = (actors.data?.actors ?? []).map((actor) => ({
    id: actor.id,
    name: labels.actorName(actor),
  }));
  const actorNames = new Map(actorList.map((actor) => [actor.id, actor.name]));
  const assessmentTitles = new Map(
    (assessments.data?.assessments ?? []).map((assessment) => [assessment.id, assessment.title]),
  );

  return (
    <Stack gap="sm">
      <Group align="flex-end" justify="space-between" gap="sm">
        <Select
          label={t('needs.filter')}
          data={labels.needStatusOptions()}
          value={status}
          onChange={setStatus}
          placeholder={t('needs.anyStatus')}
          clearable
          w={{ base: '100%', xs: 220 }}
        />
        {canManage && (
          <Button
            onClick={() => {
              create.reset();
              setAdding(true);
            }}
            data-testid="add-need"
          >
            {t('needs.add')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t('needs.help')}
      </Text>
      {needs.isPending && <PageLoader />}
      {needs.isError && <ErrorAlert error={needs.error} />}
      {needs.data &&
        (needs.data.needs.length === 0 ? (
          <Text c="dimmed">{t('needs.empty')}</Text>
        ) : (
          <NeedsTable
            slug={slug}
            needs={needs.data.needs}
            actorNames={actorNames}
            assessmentTitles={assessmentTitles}
            canEdit={canManage}
            busyId={update.isPending ? (update.variables?.need.id ?? null) : null}
            onChange={(need, patch) => update.mutate({ need, patch })}
            onDelete={setDeleting}
          />
        ))}
      <Modal opened={adding} onClose={() => setAdding(false)} title={t('needs.addTitle')} size="lg">
        <NewNeedForm
          actors={actorList}
          busy={create.isPending}
          error={create.error}
          onSubmit={(input) => create.mutate(input)}
          onCancel={() => setAdding(false)}
        />
      </Modal>
      <ConfirmModal
        opened={deleting !== null}
        title={t('needs.deleteTitle')}
        message={t('needs.deleteMessage', { title: deleting?.title ?? '' })}
        confirmLabel={t('common.delete')}
        busy={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}
