import { Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../app/ConfirmModal';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { useActorsQuery, useMembersQuery } from '../../assess/assessQueries';
import { useErrorText } from '../../assess/useErrorText';
import { useInvalidateFinance } from '../financeQueries';
import { FunderForm } from './FunderForm';
import { FunderMembersForm } from './FunderMembersForm';
import { FundersTable } from './FundersTable';
import { type Funder, fundingApi, type NewFunder, useFundingFundersQuery } from './fundingApi';
import { RatesNote } from './RatesNote';

/** The funders: list with totals in the chosen currency; the secretariat adds, edits and links donor members. */
export function FundersSection(props: { slug: string; currency: string | null; canManage: boolean }) {
  const { slug, canManage } = props;
  const { t } = useTranslation('funding');
  const errorMessage = useErrorText();
  const invalidate = useInvalidateFinance(slug);
  const funders = useFundingFundersQuery(slug, props.currency);
  const actors = useActorsQuery(slug);
  const members = useMembersQuery(slug);
  const [editing, setEditing] = useState<Funder | 'new' | null>(null);
  const [linking, setLinking] = useState<Funder | null>(null);
  const [deleting, setDeleting] = useState<Funder | null>(null);

  const save = useMutation({
    mutationFn: (input: NewFunder) =>
      editing && editing !== 'new'
        ? fundingApi.updateFunder(slug, editing.id, input)
        : fundingApi.createFunder(slug, input),
    onSuccess: async () => {
      setEditing(null);
      await invalidate();
      notifications.show({ color: 'green', message: t('funders.saved') });
    },
  });
  const link = useMutation({
    mutationFn: (userIds: string[]) => fundingApi.setMembers(slug, linking?.id ?? '', userIds),
    onSuccess: async () => {
      setLinking(null);
      await invalidate();
      notifications.show({ color: 'green', message: t('members.saved') });
    },
  });
  const remove = useMutation({
    mutationFn: (funder: Funder) => fundingApi.deleteFunder(slug, funder.id),
    onSuccess: async () => {
      setDeleting(null);
      await invalidate();
      notifications.show({ color: 'green', message: t('funders.deleted') });
    },
    onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
  });

  if (funders.isPending) return <PageLoader />;
  if (funders.isError) return <ErrorAlert error={funders.error} />;
  const list = funders.data;
  const donors = (members.data?.members ?? [])
    .filter((member) => member.role === 'donor')
    .map((member) => ({ userId: member.userId, name: member.name }));
  const actorOptions = (actors.data?.actors ?? [])
    .map((actor) => ({ id: actor.id, name: actor.name }))
    .sort((a, b) => a.name.localeCompare(b.name));

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h4">
          {t('funders.title')}
        </Title>
        {canManage && (
          <Button
            onClick={() => {
              save.reset();
              setEditing('new');
            }}
          >
            {t('funders.add')}
          </Button>
        )}
      </Group>
      {list.funders.length === 0 ? (
        <Text size="sm" c="dimmed">
          {canManage ? t('funders.emptyWriter') : t('funders.emptyReader')}
        </Text>
      ) : (
        <>
          <FundersTable
            funders={list.funders}
            currency={list.currency}
            canManage={canManage}
            onEdit={(funder) => {
              save.reset();
              setEditing(funder);
            }}
            onMembers={(funder) => {
              link.reset();
              setLinking(funder);
            }}
            onDelete={setDeleting}
          />
          <RatesNote ratesUsed={list.ratesUsed} missingRates={list.missingRates} currency={list.currency} />
        </>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('funders.add') : t('funders.edit')}
        size="lg"
      >
        {editing !== null && (
          <FunderForm
            funder={editing === 'new' ? null : editing}
            actors={actorOptions}
            busy={save.isPending}
            error={save.error}
            onSubmit={(input) => save.mutate(input)}
            onCancel={() => setEditing(null)}
          />
        )}
      </Modal>
      <Modal opened={linking !== null} onClose={() => setLinking(null)} title={t('members.title')}>
        {linking && (
          <FunderMembersForm
            funder={linking}
            donors={donors}
            busy={link.isPending}
            error={link.error}
            onSubmit={(userIds) => link.mutate(userIds)}
            onCancel={() => setLinking(null)}
          />
        )}
      </Modal>
      <ConfirmModal
        opened={deleting !== null}
        title={t('funders.delete')}
        message={t('funders.deleteMessage', { name: deleting?.name ?? '' })}
        confirmLabel={t('funders.delete')}
        busy={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}
