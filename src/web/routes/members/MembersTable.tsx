import { Button, Select, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, queryKeys } from '../../api/endpoints';
import { isRole, type Member, type Role } from '../../api/types';
import { ConfirmModal } from '../../app/ConfirmModal';
import { errorText } from '../../app/errors';
import { formatDate } from '../../app/format';
import { STICKY_FIRST_CELL, WIDE_TABLE_SCROLL } from '../../app/wideLayout';
import { memberControls } from './memberControls';
import { roleOptions } from './roleOptions';

interface MembersTableProps {
  slug: string;
  members: Member[];
  canManage: boolean;
  currentUser: { userId: string; role: Role };
}

export function MembersTable({ slug, members, canManage, currentUser }: MembersTableProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [memberToRemove, setMemberToRemove] = useState<Member | null>(null);

  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: queryKeys.members(slug) });
    await queryClient.invalidateQueries({ queryKey: queryKeys.workspace(slug) });
    await queryClient.invalidateQueries({ queryKey: queryKeys.me });
  };
  const showError = (error: unknown) => notifications.show({ color: 'red', message: errorText(error, t) });

  const changeRole = useMutation({
    mutationFn: ({ member, role }: { member: Member; role: Role }) =>
      api.changeMemberRole(slug, member.id, role),
    onSuccess: async ({ member }) => {
      await refresh();
      notifications.show({
        color: 'green',
        message: t('members.roleChanged', { name: member.name, role: t(`roles.${member.role}.name`) }),
      });
    },
    onError: showError,
  });

  const remove = useMutation({
    mutationFn: (member: Member) => api.removeMember(slug, member.id),
    onSuccess: async (_result, member) => {
      setMemberToRemove(null);
      await refresh();
      notifications.show({ color: 'green', message: t('members.removed', { name: member.name }) });
    },
    onError: showError,
  });

  return (
    <>
      <Table.ScrollContainer minWidth={canManage ? 720 : 520} {...WIDE_TABLE_SCROLL}>
        <Table striped highlightOnHover verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th style={STICKY_FIRST_CELL}>{t('members.name')}</Table.Th>
              <Table.Th>{t('members.email')}</Table.Th>
              <Table.Th>{t('members.role')}</Table.Th>
              <Table.Th>{t('members.joined')}</Table.Th>
              {canManage && <Table.Th>{t('common.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((member) => {
              const controls = memberControls(currentUser, member);
              return (
                <Table.Tr key={member.id}>
                  <Table.Td style={STICKY_FIRST_CELL}>
                    {member.name}
                    {member.userId === currentUser.userId && (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        ({t('members.you')})
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{member.email}</Table.Td>
                  <Table.Td>
                    {canManage && controls.roleChoices.length > 0 ? (
                      <Select
                        aria-label={t('members.accessLevelOf', { name: member.name })}
                        data={roleOptions(t, controls.roleChoices)}
                        value={member.role}
                        allowDeselect={false}
                        disabled={changeRole.isPending && changeRole.variables?.member.id === member.id}
                        onChange={(value) => {
                          if (isRole(value) && value !== member.role)
                            changeRole.mutate({ member, role: value });
                        }}
                        w={170}
                        size="xs"
                      />
                    ) : (
                      <>
                        {t(`roles.${member.role}.name`)}
                        {canManage && controls.ownOwnerSeat && (
                          <Text size="xs" c="dimmed" data-testid="own-owner-seat">
                            {t('members.ownOwnerSeat')}
                          </Text>
                        )}
                      </>
                    )}
                  </Table.Td>
                  <Table.Td>{formatDate(member.createdAt)}</Table.Td>
                  {canManage && (
                    <Table.Td>
                      {controls.canRemove && (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          onClick={() => setMemberToRemove(member)}
                          aria-label={t('members.removeNamed', { name: member.name })}
                        >
                          {t('members.remove')}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmModal
        opened={memberToRemove !== null}
        title={t('members.removeTitle')}
        message={t('members.removeConfirm', {
          name: memberToRemove?.name ?? '',
          email: memberToRemove?.email ?? '',
        })}
        confirmLabel={t('members.remove')}
        busy={remove.isPending}
        onConfirm={() => memberToRemove && remove.mutate(memberToRemove)}
        onClose={() => setMemberToRemove(null)}
      />
    </>
  );
}
