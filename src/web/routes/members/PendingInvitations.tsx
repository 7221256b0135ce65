import { Button, Group, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, queryKeys } from '../../api/endpoints';
import type { Invitation } from '../../api/types';
import { ConfirmModal } from '../../app/ConfirmModal';
import { CopyValueButton } from '../../app/CopyValueButton';
import { errorText } from '../../app/errors';
import { formatDate } from '../../app/format';
import { ErrorAlert, PageLoader } from '../../app/status';
import { invitationUrl } from './InviteForm';

export function PendingInvitations({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [toCancel, setToCancel] = useState<Invitation | null>(null);
  const query = useQuery({ queryKey: queryKeys.invitations(slug), queryFn: () => api.listInvitations(slug) });

  const cancel = useMutation({
    mutationFn: (invitation: Invitation) => api.cancelInvitation(slug, invitation.id),
    onSuccess: async (_result, invitation) => {
      setToCancel(null);
      await queryClient.invalidateQueries({ queryKey: queryKeys.invitations(slug) });
      notifications.show({ color: 'green', message: t('invitations.canceled', { email: invitation.email }) });
    },
    onError: (error) => notifications.show({ color: 'red', message: errorText(error, t) }),
  });

  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} />;

  const pending = query.data.invitations.filter((invitation) => invitation.status === 'pending');
  if (pending.length === 0)
    return (
      <Text c="dimmed" size="sm">
        {t('invitations.nonePending')}
      </Text>
    );

  return (
    <>
      <Table.ScrollContainer minWidth={680}>
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('invitations.email')}</Table.Th>
              <Table.Th>{t('invitations.role')}</Table.Th>
              <Table.Th>{t('invitations.invitedBy')}</Table.Th>
              <Table.Th>{t('invitations.expires')}</Table.Th>
              <Table.Th>{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pending.map((invitation) => (
              <Table.Tr key={invitation.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{invitation.email}</Table.Td>
                <Table.Td>{t(`roles.${invitation.role}.name`)}</Table.Td>
                <Table.Td>{invitation.inviterName ?? '—'}</Table.Td>
                <Table.Td>{formatDate(invitation.expiresAt)}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <CopyValueButton
                      value={invitationUrl(invitation.link)}
                      label={t('invitations.copyLinkFor', { email: invitation.email })}
                    />
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => setToCancel(invitation)}
                      aria-label={t('invitations.cancelFor', { email: invitation.email })}
                    >
                      {t('invitations.cancel')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmModal
        opened={toCancel !== null}
        title={t('invitations.cancelTitle')}
        message={t('invitations.cancelConfirm', { email: toCancel?.email ?? '' })}
        confirmLabel={t('invitations.cancel')}
        busy={cancel.isPending}
        onConfirm={() => toCancel && cancel.mutate(toCancel)}
        onClose={() => setToCancel(null)}
      />
    </>
  );
}
