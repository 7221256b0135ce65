import { Alert, Paper, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, queryKeys } from '../../api/endpoints';
import { useMe } from '../../api/queries';
import { PublicLayout } from '../../app/PublicLayout';
import { ErrorAlert, PageLoader } from '../../app/status';
import { InvitationDetails } from './InvitationDetails';
import { InvitationResponse } from './InvitationResponse';

export function InvitationPage({ invitationId }: { invitationId: string }) {
  const { t } = useTranslation();
  const invitation = useQuery({
    queryKey: queryKeys.publicInvitation(invitationId),
    queryFn: () => api.getInvitation(invitationId),
  });
  const me = useMe();

  return (
    <PublicLayout>
      <Stack>
        <Title order={1} size="h2">
          {t('invitation.title')}
        </Title>
        {invitation.isPending && <PageLoader />}
        {invitation.isError && <ErrorAlert error={invitation.error} title={t('invitation.notFound')} />}
        {invitation.data && (
          <>
            <Paper withBorder p="md" radius="md">
              <InvitationDetails invitation={invitation.data.invitation} />
            </Paper>
            {invitation.data.invitation.status !== 'pending' ? (
              <Alert color="yellow">{t('invitation.notPending')}</Alert>
            ) : me.isPending ? (
              <PageLoader />
            ) : (
              <InvitationResponse
                invitation={invitation.data.invitation}
                signedInUser={me.data?.user ?? null}
              />
            )}
          </>
        )}
      </Stack>
    </PublicLayout>
  );
}
