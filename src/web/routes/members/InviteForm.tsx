import { Alert, Button, Code, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, queryKeys } from '../../api/endpoints';
import { isRole, type Role } from '../../api/types';
import { CopyValueButton } from '../../app/CopyValueButton';
import { errorText } from '../../app/errors';
import { roleOptions } from './roleOptions';

/** The server gives a path (`/invite/<id>`); people need the full address to paste into an email. */
export function invitationUrl(link: string): string {
  return /^https?:\/\//.test(link) ? link : window.location.origin + link;
}

export function InviteForm({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [emailMissing, setEmailMissing] = useState(false);

  const invite = useMutation({
    mutationFn: () => api.createInvitation(slug, { email: email.trim(), role }),
    onSuccess: async ({ invitation }) => {
      setEmail('');
      await queryClient.invalidateQueries({ queryKey: queryKeys.invitations(slug) });
      notifications.show({ color: 'green', message: t('invitations.created', { email: invitation.email }) });
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const missing = email.trim() === '';
    setEmailMissing(missing);
    if (!missing) invite.mutate();
  }

  const created = invite.data?.invitation;

  return (
    <Stack>
      <form onSubmit={submit} noValidate data-testid="invite-form">
        <Stack gap="sm">
          {invite.isError && (
            <Alert color="red" role="alert">
              {errorText(invite.error, t)}
            </Alert>
          )}
          <Group align="flex-start" grow preventGrowOverflow={false} wrap="wrap">
            <TextInput
              label={t('invitations.email')}
              type="email"
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={emailMissing ? t('common.required') : undefined}
              miw={220}
              required
            />
            <Select
              label={t('invitations.role')}
              data={roleOptions(t)}
              value={role}
              allowDeselect={false}
              onChange={(value) => isRole(value) && setRole(value)}
              description={t(`roles.${role}.description`)}
              inputWrapperOrder={['label', 'input', 'description']}
              miw={180}
            />
          </Group>
          <Group justify="flex-end">
            <Button type="submit" loading={invite.isPending}>
              {t('invitations.send')}
            </Button>
          </Group>
        </Stack>
      </form>
      {created && (
        <Alert color="green" title={t('invitations.linkTitle', { email: created.email })}>
          <Stack gap="xs">
            <Text size="sm">{t('invitations.linkHelp')}</Text>
            <Group gap="xs" wrap="nowrap" align="center">
              <Code data-testid="invitation-link" style={{ overflowWrap: 'anywhere', flex: 1 }}>
                {invitationUrl(created.link)}
              </Code>
              <CopyValueButton value={invitationUrl(created.link)} label={t('invitations.copyLink')} />
            </Group>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
