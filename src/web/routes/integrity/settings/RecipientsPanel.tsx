import { Alert, Badge, Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, queryKeys } from '../../../api/endpoints';
import { ConfirmModal } from '../../../app/ConfirmModal';
import { errorText } from '../../../app/errors';
import { type ChannelView, channelApi, type Recipient, useChannelMutation } from '../channelApi';

type Role = Recipient['role'];

/** Who receives reports: add a member as handler or identity custodian, or remove a recipient. */
export function RecipientsPanel({ slug, view }: { slug: string; view: ChannelView }) {
  const { t } = useTranslation(['integrityAdmin', 'translation']);
  const members = useQuery({ queryKey: queryKeys.members(slug), queryFn: () => api.listMembers(slug) });
  const [userId, setUserId] = useState<string | null>(null);
  const [role, setRole] = useState<Role>('handler');
  const [removing, setRemoving] = useState<Recipient | null>(null);
  const add = useChannelMutation(slug, (input: { userId: string; role: Role }) =>
    channelApi.addRecipient(slug, input),
  );
  const remove = useChannelMutation(slug, (recipientId: string) =>
    channelApi.removeRecipient(slug, recipientId),
  );

  const active = view.recipients.filter((recipient) => !recipient.removedAt);
  const activeUsers = new Set(active.map((recipient) => recipient.userId));
  const candidates = (members.data?.members ?? [])
    .filter((member) => !activeUsers.has(member.userId))
    .map((member) => ({ value: member.userId, label: `${member.name} (${member.email})` }));
  const roleOptions = (['handler', 'custodian'] as const).map((value) => ({
    value,
    label: t(`recipients.roles.${value}`),
  }));

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('recipients.explain')}
      </Text>
      {active.length === 0 && <Alert color="yellow">{t('recipients.none')}</Alert>}
      {view.recipients.map((recipient) => (
        <Paper key={recipient.id} withBorder p="sm" data-testid={`recipient-${recipient.userId}`}>
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Text fw={500} size="sm" c={recipient.removedAt ? 'dimmed' : undefined}>
                {recipient.name}
                {view.me?.recipientId === recipient.id ? ` (${t('recipients.you')})` : ''}
              </Text>
              <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {recipient.email}
              </Text>
            </Stack>
            <Group gap="xs">
              <Badge variant="light">{t(`recipients.roles.${recipient.role}`)}</Badge>
              {recipient.removedAt ? (
                <Badge color="gray">{t('recipients.removed')}</Badge>
              ) : (
                <>
                  <Badge color={recipient.hasKey ? 'teal' : 'yellow'} variant="light">
                    {recipient.hasKey ? t('recipients.hasKey') : t('recipients.noKey')}
                  </Badge>
                  <Button
                    variant="subtle"
                    color="red"
                    size="compact-sm"
                    onClick={() => setRemoving(recipient)}
                  >
                    {t('recipients.remove')}
                  </Button>
                </>
              )}
            </Group>
          </Group>
        </Paper>
      ))}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (userId) add.mutate({ userId, role }, { onSuccess: () => setUserId(null) });
        }}
      >
        <Group align="flex-end" gap="sm" wrap="wrap">
          <Select
            label={t('recipients.member')}
            data={candidates}
            value={userId}
            onChange={setUserId}
            searchable
            w={{ base: '100%', sm: 320 }}
            data-testid="recipient-member"
          />
          <Select
            label={t('recipients.role')}
            data={roleOptions}
            value={role}
            allowDeselect={false}
            onChange={(value) => value && setRole(value as Role)}
            w={{ base: '100%', sm: 220 }}
            data-testid="recipient-role"
          />
          <Button type="submit" disabled={!userId} loading={add.isPending} data-testid="recipient-add">
            {t('recipients.add')}
          </Button>
        </Group>
      </form>
      {add.isError && (
        <Alert color="red" role="alert">
          {errorText(add.error, t)}
        </Alert>
      )}
      <ConfirmModal
        opened={removing !== null}
        title={t('recipients.removeTitle', { name: removing?.name ?? '' })}
        message={t('recipients.removeMessage')}
        confirmLabel={t('recipients.removeConfirm')}
        busy={remove.isPending}
        onClose={() => setRemoving(null)}
        onConfirm={() => removing && remove.mutate(removing.id, { onSuccess: () => setRemoving(null) })}
      />
      {remove.isError && (
        <Alert color="red" role="alert">
          {errorText(remove.error, t)}
        </Alert>
      )}
    </Stack>
  );
}
