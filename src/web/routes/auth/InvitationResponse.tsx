import { Alert, Button, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { authClient } from '../../api/authClient';
import { api, queryKeys } from '../../api/endpoints';
import type { MeUser, PublicInvitation } from '../../api/types';
import { errorText } from '../../app/errors';
import { refreshSession, resetSession } from './afterSignIn';
import { CreateAccountForm } from './CreateAccountForm';
import { SignInForm } from './SignInForm';

interface InvitationResponseProps {
  invitation: PublicInvitation;
  signedInUser: MeUser | null;
}

/** What the visitor can do with a pending invitation, depending on who (if anyone) is signed in. */
export function InvitationResponse({ invitation, signedInUser }: InvitationResponseProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<'sign-in' | 'create-account'>('create-account');

  const accept = useMutation({
    mutationFn: () => api.acceptInvitation(invitation.id),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.me });
      await queryClient.invalidateQueries({ queryKey: queryKeys.workspaces });
      notifications.show({
        color: 'green',
        message: t('invitation.accepted', { name: result.workspace.name }),
      });
      await navigate({ to: '/w/$slug', params: { slug: result.workspace.slug } });
    },
  });

  async function signOut() {
    const { error } = await authClient.signOut();
    if (error) {
      notifications.show({ color: 'red', message: error.message ?? t('errors.unexpected') });
      return;
    }
    await resetSession(queryClient);
  }

  async function signedInThenAccept() {
    await refreshSession(queryClient);
    accept.mutate();
  }

  if (signedInUser && signedInUser.email.toLowerCase() === invitation.email.toLowerCase()) {
    return (
      <Stack>
        <Text>{t('invitation.acceptPrompt', { name: signedInUser.name })}</Text>
        {accept.isError && <ErrorAlert message={errorText(accept.error, t)} />}
        <Button onClick={() => accept.mutate()} loading={accept.isPending}>
          {t('invitation.accept')}
        </Button>
      </Stack>
    );
  }

  if (signedInUser) {
    return (
      <Stack>
        <Alert color="yellow" title={t('invitation.otherAccountTitle')}>
          {t('invitation.otherAccount', { current: signedInUser.email, invited: invitation.email })}
        </Alert>
        <Button variant="default" onClick={() => void signOut()}>
          {t('shell.signOut')}
        </Button>
      </Stack>
    );
  }

  return (
    <Stack>
      {accept.isError && <ErrorAlert message={errorText(accept.error, t)} />}
      <SegmentedControl
        fullWidth
        value={mode}
        onChange={(value) => setMode(value === 'sign-in' ? 'sign-in' : 'create-account')}
        aria-label={t('invitation.howToContinue')}
        styles={{ label: { whiteSpace: 'normal' } }}
        data={[
          { value: 'create-account', label: t('invitation.newAccount') },
          { value: 'sign-in', label: t('invitation.existingAccount') },
        ]}
      />
      <Paper withBorder p="lg" radius="md">
        {mode === 'sign-in' ? (
          <SignInForm fixedEmail={invitation.email} onSignedIn={signedInThenAccept} />
        ) : (
          <CreateAccountForm
            email={invitation.email}
            invitationId={invitation.id}
            onCreated={signedInThenAccept}
          />
        )}
      </Paper>
    </Stack>
  );
}

function ErrorAlert({ message }: { message: string }) {
  return (
    <Alert color="red" role="alert">
      {message}
    </Alert>
  );
}
